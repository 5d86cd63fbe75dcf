package sendsync.blockinginasync;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;

/** A runAsync task waits on a CountDownLatch: the common pool thread is parked until someone counts down. */
public class BadLatchAwaitInRunAsync {
    private final CountDownLatch ready = new CountDownLatch(1);

    public CompletableFuture<Void> whenReady(Runnable action) {
        return CompletableFuture.runAsync(() -> { // related: BlockingInAsync['this code is run on the shared pool here']
            try {
                ready.await(); // expect: BlockingInAsync['`ready.await()` blocks inside `runAsync`'s task, which runs on the common ForkJoinPool']
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CompletionException(e);
            }
            action.run();
        });
    }

    public void markReady() {
        ready.countDown();
    }
}
