package sendsync.blockinginasync;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/** A parallel stream joins one async lookup per element: each ForkJoin worker sits blocked on a future. */
public class BadJoinInParallelStream {
    public List<String> names(List<Integer> ids) {
        return ids.parallelStream()
                .map(id -> lookupAsync(id).join()) // expect: BlockingInAsync
                .collect(Collectors.toList());
    }

    private CompletableFuture<String> lookupAsync(int id) {
        return CompletableFuture.supplyAsync(() -> "user-" + id);
    }
}
