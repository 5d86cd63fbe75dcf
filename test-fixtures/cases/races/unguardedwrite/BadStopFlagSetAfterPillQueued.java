package races.unguardedwrite;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The same loop, but shutdown() queues a request before it sets the flag: nothing the loop takes comes
 * after the write, so the loop may never see it.
 */
public class BadStopFlagSetAfterPillQueued {
    private final LinkedBlockingQueue<String> queuedRequests = new LinkedBlockingQueue<>();
    private boolean finished; // expect: UnguardedWrite['`finished`, neither volatile nor guarded, is written in']

    public void start() {
        new Thread(() -> {
            try {
                while (!finished) { // expect: UnguardedWrite['this loop polls']
                    String request = queuedRequests.take();
                    System.out.println(request);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }).start();
    }

    public void submit(String request) {
        queuedRequests.add(request);
    }

    public void shutdown() {
        queuedRequests.add("last");
        finished = true; // related: UnguardedWrite['`finished` is written here, without a lock']
    }
}
