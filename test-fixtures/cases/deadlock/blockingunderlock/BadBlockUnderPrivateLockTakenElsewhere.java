package deadlock.blockingunderlock;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The refresh lock is private, but another method takes it too: a reader of the current value waits
 * while a refresh blocks on the queue, for as long as no update comes.
 */
public class BadBlockUnderPrivateLockTakenElsewhere {
    private final Object refreshLock = new Object();
    private final BlockingQueue<String> updates = new LinkedBlockingQueue<>();
    private String current = "";

    public void refresh() throws InterruptedException {
        synchronized (refreshLock) {
            current = updates.take(); // expect: BlockingUnderLock['`updates.take()` may block for a long time while holding `refreshLock`']
        }
    }

    public void offer(String update) {
        updates.add(update);
    }

    public String current() {
        synchronized (refreshLock) {
            return current;
        }
    }
}
