package races.unguardedwrite;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A request processor's loop polls a plain flag and takes from a blocking queue each round; shutdown()
 * sets the flag and then queues a poison pill: the loop's next take returns only after that put, and what
 * it reads after it sees the flag.
 */
public class GoodStopFlagThenPoisonPillQueued {
    private static final String DEATH = "";
    private final LinkedBlockingQueue<String> queuedRequests = new LinkedBlockingQueue<>();
    private boolean finished;

    public void start() {
        new Thread(() -> {
            try {
                while (!finished) {
                    String request = queuedRequests.take();
                    if (request == DEATH) {
                        break;
                    }
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
        finished = true;
        queuedRequests.add(DEATH);
    }
}
