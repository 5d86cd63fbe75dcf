package deadlock.blockingunderlock;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/** Like the queue chain, but publish() only counts under the monitor and calls the blocking Outbox.send after the synchronized block: the blocking put happens with no lock held. */
public final class GoodInterprocAfterUnlock {
    static final class Outbox {
        private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(64);

        void send(String event) {
            enqueue("evt:" + event);
        }

        String next() throws InterruptedException {
            return queue.take();
        }

        private void enqueue(String message) {
            try {
                queue.put(message);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private final Outbox outbox = new Outbox();
    private long sent;

    public void publish(String event) {
        synchronized (this) {
            sent++;
        }
        outbox.send(event);
    }

    public synchronized long sent() {
        return sent;
    }
}
