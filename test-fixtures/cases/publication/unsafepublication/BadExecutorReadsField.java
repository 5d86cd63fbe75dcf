package publication.unsafepublication;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** A route table list is replaced by a plain store while tasks on the pool read the field. */
public class BadExecutorReadsField {
    private final ExecutorService pool;
    private List<String> routes = List.of();

    public BadExecutorReadsField(ExecutorService pool) {
        this.pool = pool;
    }

    public void updateRoutes(List<String> fresh) {
        routes = new ArrayList<>(fresh); // expect: UnsafePublication['(`BadExecutorReadsField.isRoutedAsync`) reads `routes` at line 22']
    }

    public Future<Boolean> isRoutedAsync(String path) {
        return pool.submit(() -> routes.contains(path));
    }
}
