package misuse.interruptswallowed;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A handler thread whose body's outermost catch logs an interrupt and lets the body end; only the try's
 * finally runs after it, and that is cleanup: it queues the stop signal for the sender thread and waits for
 * it. The thread honours the interrupt by ending; restoring the flag would only make the cleanup's waits
 * throw before the sender is told to stop (zookeeper's LearnerHandler.run).
 */
public class GoodThreadEndsAfterFinallyCleanup extends Thread {
    private static final String DEATH = "death";
    private final BlockingQueue<String> incoming = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> outgoing = new LinkedBlockingQueue<>();
    private final Thread sender = new Thread(() -> { });

    @Override
    public void run() {
        try {
            while (true) {
                String packet = incoming.take();
                outgoing.put(packet);
            }
        } catch (InterruptedException e) {
            System.err.println("interrupted: " + e);
        } finally {
            shutdown();
        }
    }

    private void shutdown() {
        try {
            outgoing.put(DEATH);
            sender.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
