// EXPECT: this-escape @ line 14
package recall;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

public class StartInCtor {
    private final Thread poller;
    protected BlockingQueue<String> events;
    private int pollIntervalMs;

    public StartInCtor(int pollIntervalMs) {
        poller = new Thread(this::pollLoop, "poller");
        poller.start();
        this.events = new LinkedBlockingQueue<>();
        this.pollIntervalMs = pollIntervalMs;
    }

    private void pollLoop() {
        while (!Thread.currentThread().isInterrupted()) {
            events.offer("tick@" + System.currentTimeMillis());
            try {
                Thread.sleep(pollIntervalMs);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    public void close() {
        poller.interrupt();
    }
}
