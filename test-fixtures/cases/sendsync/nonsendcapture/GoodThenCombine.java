package sendsync.nonsendcapture;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/** Each async stage produces its own list; thenCombine merges them once both are complete, so nothing is shared. */
public class GoodThenCombine {
    private final ExecutorService pool;

    public GoodThenCombine(ExecutorService pool) {
        this.pool = pool;
    }

    public CompletableFuture<List<String>> search(String query) {
        CompletableFuture<List<String>> local = CompletableFuture.supplyAsync(() -> lookup("local", query), pool);
        CompletableFuture<List<String>> remote = CompletableFuture.supplyAsync(() -> lookup("remote", query), pool);
        return local.thenCombine(remote, (l, r) -> {
            List<String> merged = new ArrayList<>(l);
            merged.addAll(r);
            return merged;
        });
    }

    private static List<String> lookup(String source, String query) {
        List<String> hits = new ArrayList<>();
        hits.add(source + ":" + query);
        return hits;
    }
}
