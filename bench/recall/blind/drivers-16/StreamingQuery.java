// EXPECT: close-racing-with-use @ line 55
package probe16a; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Streams rows of a server-side cursor in fetch-size chunks. A query-timeout watchdog
 * running on a scheduler thread calls close() when the statement timeout expires,
 * while the application thread is still iterating with next().
 */
public class StreamingQuery implements AutoCloseable {
    private static final int FETCH_SIZE = 256;

    static final class ServerCursor {
        private long remaining;
        private boolean released;

        ServerCursor(long rows) {
            this.remaining = rows;
        }

        List<Object[]> fetch(int max) {
            List<Object[]> rows = new ArrayList<>();
            while (!released && remaining > 0 && rows.size() < max) {
                rows.add(new Object[] {remaining, "row-" + remaining});
                remaining--;
            }
            return rows;
        }

        void release() {
            released = true;
        }
    }

    private final ServerCursor cursor;
    private final List<Object[]> fetchBuffer = new ArrayList<>();
    private int position;
    private volatile boolean closed;

    public StreamingQuery(ServerCursor cursor) {
        this.cursor = cursor;
    }

    /** Returns the next row, or null at end of stream. Application thread only. */
    public Object[] next() {
        if (closed) {
            throw new IllegalStateException("query was closed (statement timeout)");
        }
        if (position == fetchBuffer.size() && !refill()) {
            return null;
        }
        return fetchBuffer.get(position++); // BUG: reads the buffer without the lock while watchdog close() may clear it concurrently
    }

    private synchronized boolean refill() {
        if (closed) {
            return false;
        }
        fetchBuffer.clear();
        position = 0;
        fetchBuffer.addAll(cursor.fetch(FETCH_SIZE));
        return !fetchBuffer.isEmpty();
    }

    @Override
    public synchronized void close() {
        closed = true;
        fetchBuffer.clear();
        cursor.release();
    }

    public static void main(String[] args) throws InterruptedException {
        StreamingQuery query = new StreamingQuery(new ServerCursor(5_000_000));
        ScheduledExecutorService timeoutWatchdog = Executors.newSingleThreadScheduledExecutor();
        timeoutWatchdog.schedule(query::close, 50, TimeUnit.MILLISECONDS);

        Thread consumer = new Thread(() -> {
            long count = 0;
            try {
                while (query.next() != null) {
                    count++;
                }
            } catch (IllegalStateException e) {
                System.out.println("timed out after " + count + " rows");
            }
        }, "report-export");
        consumer.start();
        consumer.join();
        timeoutWatchdog.shutdown();
    }
}
