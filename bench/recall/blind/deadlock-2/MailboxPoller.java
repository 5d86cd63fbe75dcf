// EXPECT: interrupt-swallowed-loop-continues @ line 50
package probe2.dl;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Polls a remote mailbox from a small pool of workers and hands each message to
 * the configured handler. close() is expected to stop the workers promptly.
 */
public class MailboxPoller implements AutoCloseable {
    public interface Mailbox {
        List<String> fetch(int max) throws IOException;
    }

    private final Mailbox mailbox;
    private final Consumer<String> handler;
    private final long idleMillis;
    private final ExecutorService pollers;
    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong fetchFailures = new AtomicLong();

    public MailboxPoller(Mailbox mailbox, Consumer<String> handler, int workers, long idleMillis) {
        this.mailbox = mailbox;
        this.handler = handler;
        this.idleMillis = idleMillis;
        this.pollers = Executors.newFixedThreadPool(workers);
        for (int i = 0; i < workers; i++) {
            pollers.execute(this::pollLoop);
        }
    }

    private void pollLoop() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                List<String> batch = mailbox.fetch(50);
                if (batch.isEmpty()) {
                    TimeUnit.MILLISECONDS.sleep(idleMillis);
                    continue;
                }
                batch.forEach(handler);
                processed.addAndGet(batch.size());
            } catch (IOException e) {
                fetchFailures.incrementAndGet();
            } catch (InterruptedException e) { // BUG: interrupt swallowed (flag already cleared) and the loop keeps polling, so shutdownNow() in close() can never stop the workers
                fetchFailures.incrementAndGet();
            }
        }
    }

    public long processed() {
        return processed.get();
    }

    public long fetchFailures() {
        return fetchFailures.get();
    }

    @Override
    public void close() throws InterruptedException {
        pollers.shutdownNow();
        if (!pollers.awaitTermination(5, TimeUnit.SECONDS)) {
            System.err.println("mailbox pollers did not terminate");
        }
    }
}
