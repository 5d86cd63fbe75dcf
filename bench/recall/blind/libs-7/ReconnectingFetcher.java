// EXPECT: lost-interrupt @ line 72
package probe7b; import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Background fetcher that keeps a long-poll connection to a broker open and
 * reconnects with exponential backoff on I/O errors. The fetch thread runs until
 * it is interrupted; close() interrupts it and waits for it to exit.
 */
public final class ReconnectingFetcher implements AutoCloseable {

    public interface Connection extends AutoCloseable {
        byte[] poll() throws IOException;

        @Override
        void close();
    }

    public interface Connector {
        Connection connect(String endpoint) throws IOException;
    }

    private static final long INITIAL_BACKOFF_MS = 50;
    private static final long MAX_BACKOFF_MS = 10_000;

    private final String endpoint;
    private final Connector connector;
    private final BlockingQueue<byte[]> records;
    private Thread fetchThread; // guarded by this
    private boolean closed;     // guarded by this

    public ReconnectingFetcher(String endpoint, Connector connector, BlockingQueue<byte[]> records) {
        this.endpoint = endpoint;
        this.connector = connector;
        this.records = records;
    }

    public synchronized void start() {
        if (closed || fetchThread != null) {
            throw new IllegalStateException("fetcher for " + endpoint + " already started or closed");
        }
        fetchThread = new Thread(this::runLoop, "fetcher-" + endpoint);
        fetchThread.setDaemon(true);
        fetchThread.start();
    }

    private void runLoop() {
        long backoffMs = INITIAL_BACKOFF_MS;
        while (!Thread.currentThread().isInterrupted()) {
            try (Connection connection = connector.connect(endpoint)) {
                backoffMs = INITIAL_BACKOFF_MS;
                while (!Thread.currentThread().isInterrupted()) {
                    byte[] batch = connection.poll();
                    if (batch != null) {
                        records.put(batch);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                sleepBackoff(backoffMs);
                backoffMs = Math.min(MAX_BACKOFF_MS, backoffMs * 2);
            }
        }
    }

    private static void sleepBackoff(long backoffMs) {
        long jitter = ThreadLocalRandom.current().nextLong(backoffMs / 2 + 1);
        try {
            Thread.sleep(backoffMs + jitter);
        } catch (InterruptedException ignored) { // BUG: lost interrupt; when close() (caller thread) interrupts the fetch thread during a broker outage, sleep() clears the flag and it is swallowed here, so runLoop's isInterrupted() check never fires, it keeps reconnecting forever and close()'s join() hangs
        }
    }

    @Override
    public void close() throws InterruptedException {
        Thread toStop;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            toStop = fetchThread;
        }
        if (toStop != null) {
            toStop.interrupt();
            toStop.join();
        }
    }
}
