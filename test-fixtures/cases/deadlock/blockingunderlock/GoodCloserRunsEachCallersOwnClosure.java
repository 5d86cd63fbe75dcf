package deadlock.blockingunderlock;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A shared closer runs the closure each caller hands it, once. The network thread hands it one that joins
 * the thread; the buffer hands it one that only clears a list, under its lock. What the closer runs at the
 * buffer's call is the buffer's closure: the network thread's join does not run there (kafka
 * FetchBuffer.close and ConsumerNetworkThread.close through IdempotentCloser).
 */
public class GoodCloserRunsEachCallersOwnClosure {

    /** Runs the first close's action once. */
    static final class Closer {
        private final AtomicBoolean closed = new AtomicBoolean();

        void close(Runnable onInitialClose) {
            if (closed.compareAndSet(false, true)) {
                onInitialClose.run();
            }
        }
    }

    /** A thread closed by joining it, without any lock held. */
    static final class NetworkThread extends Thread {
        private final Closer closer = new Closer();

        @Override
        public void run() {
            System.out.println("polling");
        }

        void shutdown() {
            closer.close(() -> {
                interrupt();
                try {
                    join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }

    /** A buffer closed under its lock, by clearing what it holds. */
    static final class Buffer {
        private final ReentrantLock lock = new ReentrantLock();
        private final Closer closer = new Closer();
        private final java.util.List<String> items = new java.util.ArrayList<>();

        void close() {
            lock.lock();
            try {
                closer.close(() -> items.clear());
            } finally {
                lock.unlock();
            }
        }
    }
}
