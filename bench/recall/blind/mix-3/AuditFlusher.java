// EXPECT: thread-never-started @ line 47
package probe3.mix;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Buffers audit records in memory and flushes them to durable storage from
 * a dedicated background thread.
 */
public class AuditFlusher {

    static final class Drainer implements Runnable {
        private final BlockingQueue<String> source;
        private final List<String> sink;

        Drainer(BlockingQueue<String> source, List<String> sink) {
            this.source = source;
            this.sink = sink;
        }

        @Override
        public void run() {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    String record = source.poll(100, TimeUnit.MILLISECONDS);
                    if (record != null) {
                        synchronized (sink) {
                            sink.add(record);
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private final BlockingQueue<String> buffer = new LinkedBlockingQueue<>(10_000);
    private final List<String> durableLog = new ArrayList<>();
    private final Thread flusher;

    public AuditFlusher() {
        Thread t = new Thread(new Drainer(buffer, durableLog), "audit-flusher"); // BUG: flusher thread is configured but never started, so the buffer is never drained
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        this.flusher = t;
    }

    public boolean record(String actor, String action) {
        return buffer.offer(System.currentTimeMillis() + " " + actor + " " + action);
    }

    public int flushedCount() {
        synchronized (durableLog) {
            return durableLog.size();
        }
    }

    public void close() throws InterruptedException {
        flusher.interrupt();
        flusher.join(2_000);
    }

    public static void main(String[] args) throws InterruptedException {
        AuditFlusher audit = new AuditFlusher();
        for (int i = 0; i < 500; i++) {
            audit.record("user-" + (i % 9), "LOGIN");
        }
        Thread.sleep(300);
        System.out.println("flushed=" + audit.flushedCount());
        audit.close();
    }
}
