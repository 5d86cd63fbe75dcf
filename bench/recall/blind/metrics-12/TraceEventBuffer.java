// EXPECT: none
package probe12b; import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/*
 * Buffers tracing span events produced by request threads and forwards them to the
 * exporter from one dedicated drain thread owned by this buffer. Producers never block.
 */
public class TraceEventBuffer {

    private final Deque<String> events = new ArrayDeque<>();
    private final Consumer<String> exporter;
    private final Thread drainer;

    public TraceEventBuffer(Consumer<String> exporter) {
        this.exporter = exporter;
        this.drainer = new Thread(this::drainLoop, "trace-drainer");
        this.drainer.setDaemon(true);
    }

    public void start() {
        drainer.start();
    }

    public void record(String spanEvent) {
        synchronized (this) {
            events.addLast(spanEvent);
            notify(); // OK: the private drainer is the only thread that ever waits on this monitor, and it re-checks in a while loop
        }
    }

    private String next() throws InterruptedException {
        synchronized (this) {
            while (events.isEmpty()) {
                wait();
            }
            return events.removeFirst();
        }
    }

    private void drainLoop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                exporter.accept(next());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void shutdown() throws InterruptedException {
        drainer.interrupt();
        drainer.join(1_000);
    }

    public static void main(String[] args) throws InterruptedException {
        TraceEventBuffer buffer = new TraceEventBuffer(e -> { });
        buffer.start();
        Thread[] producers = new Thread[4];
        for (int p = 0; p < producers.length; p++) {
            final int id = p;
            producers[p] = new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    buffer.record("span{svc=checkout,worker=" + id + ",seq=" + i + "}");
                }
            }, "request-" + p);
            producers[p].start();
        }
        for (Thread t : producers) {
            t.join();
        }
        buffer.shutdown();
    }
}
