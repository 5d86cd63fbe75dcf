// EXPECT: none
package probe7b; import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Batches small writes from producer threads and flushes them to an OutputStream
 * on a dedicated background thread. Flush statistics are read by monitoring threads.
 */
public final class BackgroundFlusher implements AutoCloseable {

    private static final byte[] POISON = new byte[0];
    private static final int MAX_BATCH = 256;

    private final BlockingQueue<byte[]> pending = new LinkedBlockingQueue<>();
    private final Object lifecycle = new Object();
    private final OutputStream out; // used only by the flusher thread
    private final Thread flusherThread;
    private boolean closed;         // guarded by lifecycle

    private volatile long flushCount;
    private volatile long bytesFlushed;
    private volatile IOException lastError;

    public BackgroundFlusher(String name, OutputStream out) {
        this.out = out;
        this.flusherThread = new Thread(this::flushLoop, "flusher-" + name);
        this.flusherThread.setDaemon(true);
    }

    public void start() {
        flusherThread.start();
    }

    /** Called by any producer thread. */
    public boolean submit(byte[] chunk) {
        synchronized (lifecycle) {
            if (closed) {
                return false;
            }
            pending.add(chunk);
            return true;
        }
    }

    public long flushCount() {
        return flushCount;
    }

    public long bytesFlushed() {
        return bytesFlushed;
    }

    public IOException lastError() {
        return lastError;
    }

    private void flushLoop() {
        List<byte[]> batch = new ArrayList<>(MAX_BATCH);
        try {
            while (true) {
                batch.add(pending.take());
                pending.drainTo(batch, MAX_BATCH - 1);
                boolean stop = false;
                long written = 0;
                for (byte[] chunk : batch) {
                    if (chunk == POISON) {
                        stop = true;
                        break;
                    }
                    out.write(chunk);
                    written += chunk.length;
                }
                out.flush();
                bytesFlushed += written;
                flushCount++; // OK: non-atomic increment of a volatile, but flusherThread is the only writer of flushCount/bytesFlushed; other threads only read, and volatile gives them the latest value
                batch.clear();
                if (stop) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            lastError = e;
        }
    }

    @Override
    public void close() throws InterruptedException {
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
            pending.add(POISON);
        }
        flusherThread.join();
    }

    public static void main(String[] args) throws InterruptedException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        BackgroundFlusher flusher = new BackgroundFlusher("demo", sink);
        flusher.start();
        for (int i = 0; i < 1000; i++) {
            flusher.submit(("record-" + i + "\n").getBytes());
        }
        flusher.close();
        System.out.println("flushes=" + flusher.flushCount() + " bytes=" + flusher.bytesFlushed() + " sink=" + sink.size());
    }
}
