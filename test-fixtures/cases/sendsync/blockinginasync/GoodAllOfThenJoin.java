package sendsync.blockinginasync;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/** join() runs only inside the stage after allOf completed, when every future is already done: it never waits. */
public class GoodAllOfThenJoin {
    public CompletableFuture<List<String>> names(List<Integer> ids) {
        List<CompletableFuture<String>> lookups = ids.stream().map(this::lookupAsync).toList();
        return CompletableFuture.allOf(lookups.toArray(new CompletableFuture<?>[0]))
                .thenApply(v -> lookups.stream().map(CompletableFuture::join).collect(Collectors.toList()));
    }

    private CompletableFuture<String> lookupAsync(int id) {
        return CompletableFuture.supplyAsync(() -> "user-" + id);
    }
}
