// EXPECT: none
package probe12b; import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/*
 * Polls the GC MXBeans and reports collection time accumulated since the previous poll.
 * Runs as a long-lived task on its own executor; stop() is called from the shutdown path.
 */
public class GcPauseWatcher implements Runnable {

    private final Consumer<String> sink;
    private final long pollMillis;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "gc-watcher"));

    public GcPauseWatcher(Consumer<String> sink, long pollMillis) {
        this.sink = sink;
        this.pollMillis = pollMillis;
    }

    public void start() {
        executor.execute(this);
    }

    private static long totalCollectionMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            long t = gc.getCollectionTime();
            if (t > 0) {
                total += t;
            }
        }
        return total;
    }

    @Override
    public void run() {
        long previous = totalCollectionMillis();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(pollMillis);
            } catch (InterruptedException e) { // OK: interruption is the stop signal; the task returns immediately, so nothing above needs the flag
                sink.accept("gc watcher stopping");
                return;
            }
            long now = totalCollectionMillis();
            sink.accept("gc.pause_ms delta=" + (now - previous));
            previous = now;
        }
    }

    public boolean stop() throws InterruptedException {
        executor.shutdownNow();
        return executor.awaitTermination(5, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws InterruptedException {
        GcPauseWatcher watcher = new GcPauseWatcher(System.out::println, 500);
        watcher.start();
        for (int i = 0; i < 50; i++) {
            byte[][] garbage = new byte[1_000][];
            for (int j = 0; j < garbage.length; j++) {
                garbage[j] = new byte[1_024];
            }
            Thread.sleep(20);
        }
        System.out.println("stopped cleanly: " + watcher.stop());
    }
}
