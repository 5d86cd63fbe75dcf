// EXPECT: virtual-thread-pinning @ line 33
package probe17c; import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Collects telemetry points from thousands of simulated agents and forwards
 * them in fixed-size batches to a single exporter over a bounded queue. Agents
 * and the exporter all run on {@link #taskExecutor()}, which is a
 * virtual-thread-per-task executor on JDK 21+ (platform cached pool otherwise).
 */
public class TelemetryBatchWriter {

    public record Point(int agent, long tick, double value) { }

    private static final int BATCH_SIZE = 64;

    private final BlockingQueue<List<Point>> outbound = new ArrayBlockingQueue<>(4);
    private final Object batchLock = new Object();
    private final AtomicLong exported = new AtomicLong();
    private List<Point> pending = new ArrayList<>(BATCH_SIZE);

    public void record(Point point) throws InterruptedException {
        synchronized (batchLock) {
            pending.add(point);
            if (pending.size() >= BATCH_SIZE) {
                outbound.put(pending); // BUG: blocking put on a full queue inside synchronized pins the virtual thread to its carrier; agents queued on the monitor pin the rest and the exporter can never be scheduled
                pending = new ArrayList<>(BATCH_SIZE);
            }
        }
    }

    void exportLoop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                List<Point> batch = outbound.take();
                TimeUnit.MILLISECONDS.sleep(2); // simulated network write
                exported.addAndGet(batch.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static ExecutorService taskExecutor() {
        try {
            Method factory = Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
            return (ExecutorService) factory.invoke(null);
        } catch (ReflectiveOperationException e) {
            return Executors.newCachedThreadPool();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        TelemetryBatchWriter writer = new TelemetryBatchWriter();
        int agents = 2_000;
        int ticks = 50;
        ExecutorService executor = taskExecutor();
        executor.submit(writer::exportLoop);
        for (int a = 0; a < agents; a++) {
            int agent = a;
            executor.submit(() -> {
                double state = agent;
                for (long t = 0; t < ticks; t++) {
                    state = 0.9 * state + Math.sin(t);
                    writer.record(new Point(agent, t, state));
                }
                return null;
            });
        }
        TimeUnit.SECONDS.sleep(10);
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("exported " + writer.exported.get() + " of " + (long) agents * ticks + " points");
    }
}
