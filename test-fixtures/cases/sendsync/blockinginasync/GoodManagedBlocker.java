package sendsync.blockinginasync;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;

/** The blocking take() goes through ForkJoinPool.managedBlock, so the pool adds a thread while this one waits. */
public class GoodManagedBlocker {
    static final class QueueTaker implements ForkJoinPool.ManagedBlocker {
        private final BlockingQueue<String> queue;
        private volatile String item;

        QueueTaker(BlockingQueue<String> queue) {
            this.queue = queue;
        }

        @Override
        public boolean block() throws InterruptedException {
            if (!isReleasable()) {
                item = queue.take();
            }
            return true;
        }

        @Override
        public boolean isReleasable() {
            return item != null || (item = queue.poll()) != null;
        }

        String item() {
            return item;
        }
    }

    public CompletableFuture<String> next(BlockingQueue<String> queue) {
        return CompletableFuture.supplyAsync(() -> {
            QueueTaker taker = new QueueTaker(queue);
            try {
                ForkJoinPool.managedBlock(taker);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CompletionException(e);
            }
            return taker.item();
        });
    }
}
