package sendsync.blockinginasync;

import java.util.concurrent.CompletableFuture;

/**
 * The stage after allOf(candidates) loops over the same array under another name: every future in it
 * is complete when the stage runs, so join() never waits.
 */
public class GoodLoopOverAllOfArrayAlias {
    public CompletableFuture<String> firstOpen(CompletableFuture<String>[] candidates) {
        CompletableFuture<String>[] selected = candidates;
        return CompletableFuture.allOf(candidates).thenCompose(v -> {
            for (CompletableFuture<String> candidate : selected) {
                if (!candidate.join().isEmpty()) {
                    return candidate;
                }
            }
            return selected[0];
        });
    }
}
