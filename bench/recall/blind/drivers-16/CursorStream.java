// EXPECT: none
package probe16a; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Iterates a server-side cursor in fetch-size chunks. The statement-timeout watchdog
 * calls close() from a scheduler thread while the application thread is still
 * consuming rows with next().
 */
public class CursorStream implements AutoCloseable {
    private static final int FETCH_SIZE = 256;

    static final class RemoteCursor {
        private long remaining;
        private boolean released;

        RemoteCursor(long rows) {
            this.remaining = rows;
        }

        List<Object[]> fetch(int max) {
            List<Object[]> rows = new ArrayList<>();
            while (!released && remaining > 0 && rows.size() < max) {
                rows.add(new Object[] {remaining, "line-" + remaining});
                remaining--;
            }
            return rows;
        }

        void release() {
            released = true;
        }
    }

    private final RemoteCursor cursor;
    private final List<Object[]> buffer = new ArrayList<>();
    private int position;
    private boolean closed;

    public CursorStream(RemoteCursor cursor) {
        this.cursor = cursor;
    }

    /** Returns the next row, or null at end of stream. */
    public synchronized Object[] next() {
        if (closed) {
            throw new IllegalStateException("cursor was closed (statement timeout)");
        }
        if (position == buffer.size() && !refill()) {
            return null;
        }
        return buffer.get(position++); // OK: next() and close() synchronize on the same monitor, closed checked under it
    }

    private boolean refill() {
        buffer.clear();
        position = 0;
        buffer.addAll(cursor.fetch(FETCH_SIZE));
        return !buffer.isEmpty();
    }

    @Override
    public synchronized void close() {
        closed = true;
        buffer.clear();
        cursor.release();
    }

    public static void main(String[] args) throws InterruptedException {
        CursorStream stream = new CursorStream(new RemoteCursor(5_000_000));
        ScheduledExecutorService timeoutWatchdog = Executors.newSingleThreadScheduledExecutor();
        timeoutWatchdog.schedule(stream::close, 50, TimeUnit.MILLISECONDS);

        Thread consumer = new Thread(() -> {
            long count = 0;
            try {
                while (stream.next() != null) {
                    count++;
                }
            } catch (IllegalStateException e) {
                System.out.println("timed out after " + count + " rows");
            }
        }, "ledger-export");
        consumer.start();
        consumer.join();
        timeoutWatchdog.shutdown();
    }
}
