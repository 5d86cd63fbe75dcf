// EXPECT: none
package probe8a; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Ships metric samples recorded by request handlers to the collector in
 * batches from a dedicated background thread. submit() is called concurrently
 * by handler threads; close() is called from the shutdown hook.
 */
public class MetricsShipper extends Thread {

    private static final int MAX_BATCH = 200;

    private final BlockingQueue<String> samples = new LinkedBlockingQueue<>(20_000);
    private final Consumer<List<String>> collector;
    private volatile boolean running = true;

    public MetricsShipper(Consumer<List<String>> collector) {
        super("metrics-shipper");
        setDaemon(true);
        this.collector = collector;
    }

    public boolean submit(String sample) {
        return samples.offer(sample);
    }

    @Override
    public void run() {
        List<String> batch = new ArrayList<>(MAX_BATCH);
        while (running) {
            try {
                String first = samples.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                samples.drainTo(batch, MAX_BATCH - 1);
                collector.accept(new ArrayList<>(batch));
                batch.clear();
            } catch (InterruptedException e) { // OK: only close() interrupts, after clearing the volatile 'running' flag the loop re-checks
                System.err.println("metrics shipper woken up");
            } catch (RuntimeException e) {
                System.err.println("collector rejected batch: " + e.getMessage());
                batch.clear();
            }
        }
        List<String> rest = new ArrayList<>();
        samples.drainTo(rest);
        if (!rest.isEmpty()) {
            collector.accept(rest);
        }
    }

    public void close() throws InterruptedException {
        running = false;
        interrupt();
        join(TimeUnit.SECONDS.toMillis(5));
    }
}
