package misuse.nakednotify;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The look-alike: the flusher counts each flush under the monitor before notifying, and the requester
 * waits in a loop until the count moves past the one it saw, so a notification made first is not lost.
 * A timed pause woken early by a notification with no state is no hang either.
 */
public class GoodNotifyAfterCountingFlush {
    private final BlockingQueue<Boolean> requests = new LinkedBlockingQueue<>();
    private final Object done = new Object();
    private final Object pause = new Object();
    private long flushes;
    private volatile boolean running = true;

    public void flushAndWait() throws InterruptedException {
        long before;
        synchronized (done) {
            before = flushes;
        }
        requests.put(Boolean.TRUE);
        synchronized (done) {
            while (flushes == before) {
                done.wait();
            }
        }
    }

    public void loop() throws InterruptedException {
        while (true) {
            requests.take();
            synchronized (done) {
                flushes++;
                done.notifyAll();
            }
        }
    }

    public void idleLoop() throws InterruptedException {
        while (running) {
            idle();
        }
    }

    private void idle() throws InterruptedException {
        synchronized (pause) {
            pause.wait(1_000);
        }
    }

    public void wakeEarly() {
        synchronized (pause) {
            pause.notifyAll();
        }
    }
}
