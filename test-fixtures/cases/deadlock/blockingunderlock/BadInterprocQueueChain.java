package deadlock.blockingunderlock;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/** publish() holds the monitor and calls Outbox.send, which two calls deeper does a blocking BlockingQueue.put: when the queue is full the publisher sleeps with the lock held and every caller piles up behind it. */
public final class BadInterprocQueueChain {
    static final class Outbox {
        private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(64);

        void send(String event) {
            enqueue("evt:" + event); // related: BlockingUnderLock['calls `Outbox.enqueue`']
        }

        String next() throws InterruptedException {
            return queue.take();
        }

        private void enqueue(String message) {
            try {
                queue.put(message); // related: BlockingUnderLock['`queue.put()` blocks here']
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private final Outbox outbox = new Outbox();
    private long sent;

    public synchronized void publish(String event) {
        sent++;
        outbox.send(event); // expect: BlockingUnderLock['`send()` may block in `queue.put()`'], BlockingUnderLock['through `Outbox.enqueue`)']
    }

    public synchronized long sent() {
        return sent;
    }
}
