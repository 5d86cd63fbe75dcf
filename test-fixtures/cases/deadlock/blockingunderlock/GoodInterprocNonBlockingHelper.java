package deadlock.blockingunderlock;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/** publish() holds the monitor while calling a helper, but the helper uses the non-blocking offer() and counts drops instead of waiting, so nothing blocks under the lock. */
public final class GoodInterprocNonBlockingHelper {
    static final class Outbox {
        private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(64);

        boolean trySend(String event) {
            return queue.offer("evt:" + event);
        }

        String next() throws InterruptedException {
            return queue.take();
        }
    }

    private final Outbox outbox = new Outbox();
    private long sent;
    private long dropped;

    public synchronized void publish(String event) {
        if (outbox.trySend(event)) {
            sent++;
        } else {
            dropped++;
        }
    }

    public synchronized String stats() {
        return sent + " sent, " + dropped + " dropped";
    }
}
