// EXPECT: none
package probe17c; import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Buffers per-agent simulation metrics and ships them in fixed-size batches to
 * a single uploader over a bounded queue. Agents and the uploader all run on
 * {@link #taskExecutor()}, which is a virtual-thread-per-task executor on
 * JDK 21+ (platform cached pool otherwise).
 */
public class TelemetryBatchSink {

    public record Metric(int agent, long tick, double value) { }

    private static final int BATCH_SIZE = 64;

    private final BlockingQueue<List<Metric>> outbound = new ArrayBlockingQueue<>(4);
    private final ReentrantLock batchLock = new ReentrantLock();
    private final AtomicLong uploaded = new AtomicLong();
    private List<Metric> pending = new ArrayList<>(BATCH_SIZE);

    public void accept(Metric metric) throws InterruptedException {
        batchLock.lock();
        try {
            pending.add(metric);
            if (pending.size() >= BATCH_SIZE) {
                outbound.put(pending); // OK: only a j.u.c ReentrantLock is held, so a virtual thread blocked here (or on lock()) parks and unmounts instead of pinning its carrier
                pending = new ArrayList<>(BATCH_SIZE);
            }
        } finally {
            batchLock.unlock();
        }
    }

    void uploadLoop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                List<Metric> batch = outbound.take();
                TimeUnit.MILLISECONDS.sleep(2); // simulated network write
                uploaded.addAndGet(batch.size());
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
        TelemetryBatchSink sink = new TelemetryBatchSink();
        int agents = 2_000;
        int ticks = 50;
        ExecutorService executor = taskExecutor();
        executor.submit(sink::uploadLoop);
        for (int a = 0; a < agents; a++) {
            int agent = a;
            executor.submit(() -> {
                double state = agent;
                for (long t = 0; t < ticks; t++) {
                    state = 0.9 * state + Math.cos(t);
                    sink.accept(new Metric(agent, t, state));
                }
                return null;
            });
        }
        TimeUnit.SECONDS.sleep(10);
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("uploaded " + sink.uploaded.get() + " of " + (long) agents * ticks + " metrics");
    }
}
