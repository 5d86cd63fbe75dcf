// EXPECT: interrupt-swallowed @ line 35
package recall2;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Sends queued outgoing mail on a worker owned by an executor. The application stops the
 * dispatcher with {@code executor.shutdownNow()}, which interrupts the worker.
 */
public class MailDispatcher implements Runnable {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

    public record Message(String to, String subject, String body) {
    }

    private final BlockingQueue<Message> outbox = new LinkedBlockingQueue<>();
    private long sent;

    public void enqueue(Message m) {
        outbox.add(m);
    }

    @Override
    public void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Message m = outbox.take();
                deliver(m);
            } catch (InterruptedException e) {
                LOG.warning("interrupted while waiting for mail, continuing");
            }
        }
    }

    private void deliver(Message m) {
        sent++; // confined to the dispatcher thread
        LOG.fine(() -> "sent '" + m.subject() + "' to " + m.to());
    }

    public static void main(String[] args) throws InterruptedException {
        MailDispatcher dispatcher = new MailDispatcher();
        ExecutorService executor = Executors.newSingleThreadExecutor();
        executor.execute(dispatcher);
        dispatcher.enqueue(new Message("ops@example.com", "nightly report", "all green"));
        Thread.sleep(50);
        executor.shutdownNow();
        boolean stopped = executor.awaitTermination(2, TimeUnit.SECONDS);
        System.out.println("dispatcher stopped: " + stopped);
    }
}
