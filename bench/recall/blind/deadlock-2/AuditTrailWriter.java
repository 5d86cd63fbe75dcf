// EXPECT: blockingqueue-put-under-lock-via-helper @ line 35
package probe2.dl;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Assigns sequence numbers to audit events and hands them to a background
 * flusher that writes them to durable storage.
 */
public class AuditTrailWriter {
    public record AuditEvent(long seq, String actor, String action) {}

    private final BlockingQueue<AuditEvent> outbound = new ArrayBlockingQueue<>(64);
    private final Writer sink;
    private final Thread flusher;
    private long nextSeq = 1;
    private long flushedSeq;

    public AuditTrailWriter(Writer sink) {
        this.sink = sink;
        this.flusher = new Thread(this::drainLoop, "audit-flusher");
        this.flusher.setDaemon(true);
    }

    public void start() {
        flusher.start();
    }

    public synchronized void recordAll(String actor, List<String> actions) throws InterruptedException {
        for (String action : actions) {
            enqueue(new AuditEvent(nextSeq++, actor, action)); // BUG: enqueue blocks on the full bounded queue while this monitor is held; the flusher must enter the monitor (markFlushed) before it can take the next event -> deadlock
        }
    }

    public synchronized long lag() {
        return (nextSeq - 1) - flushedSeq;
    }

    private void enqueue(AuditEvent event) throws InterruptedException {
        outbound.put(event);
    }

    private synchronized void markFlushed(long seq) {
        flushedSeq = Math.max(flushedSeq, seq);
    }

    private void drainLoop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                AuditEvent e = outbound.take();
                try {
                    sink.write(e.seq() + "\t" + e.actor() + "\t" + e.action() + "\n");
                    sink.flush();
                } catch (IOException io) {
                    System.err.println("audit sink failed for seq " + e.seq() + ": " + io);
                }
                markFlushed(e.seq());
            }
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }

    public void stop() throws InterruptedException {
        flusher.interrupt();
        flusher.join(2_000);
    }
}
