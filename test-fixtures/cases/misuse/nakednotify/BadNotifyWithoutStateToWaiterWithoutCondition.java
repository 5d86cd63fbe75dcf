package misuse.nakednotify;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * flushAndWait() hands a request to the flusher thread, then waits for the notification alone; the
 * flusher can finish and notify before the requester reaches wait(), and the requester then waits for ever.
 */
public class BadNotifyWithoutStateToWaiterWithoutCondition {
    private final BlockingQueue<Boolean> requests = new LinkedBlockingQueue<>();
    private final Object done = new Object();
    private final Thread flusher = new Thread(this::loop);

    public BadNotifyWithoutStateToWaiterWithoutCondition() {
        flusher.start();
    }

    public void flushAndWait() throws InterruptedException {
        requests.put(Boolean.TRUE);
        synchronized (done) {
            done.wait(); // expect: WaitNotInLoop['`done.wait()` is not in a loop']
        }
    }

    private void loop() {
        try {
            while (true) {
                requests.take();
                synchronized (done) {
                    done.notifyAll(); // expect: NakedNotify['`done.notifyAll()` changes no state under `done`, and `BadNotifyWithoutStateToWaiterWithoutCondition.flushAndWait` waits on it (line 22) without testing any']
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
