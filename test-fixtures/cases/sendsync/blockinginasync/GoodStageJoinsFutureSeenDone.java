package sendsync.blockinginasync;

import java.util.concurrent.CompletableFuture;

/**
 * A failure stage reports the peer's address only when the address future is already done, so its
 * join() returns at once: it never parks a pool thread.
 */
public class GoodStageJoinsFutureSeenDone {
    private final String fallback = "unknown";

    public void reconnect(CompletableFuture<String> channel, CompletableFuture<String> address) {
        channel.whenComplete((c, failure) -> {
            if (c != null && failure == null) {
                return;
            }
            String remote = fallback;
            if (address.isDone() && !address.isCompletedExceptionally() && !address.isCancelled()) {
                remote = address.join();
            }
            System.err.println("cannot reconnect to " + remote + ": " + failure);
        });
    }
}
