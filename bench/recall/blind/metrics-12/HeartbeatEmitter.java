// EXPECT: interrupt-or-executor-future-misuse @ line 40
package probe12b; import java.lang.management.ManagementFactory;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/*
 * Emits a liveness heartbeat (uptime, live threads) to the monitoring sink at a fixed
 * interval. Runs as a long-lived task on its own executor; stop() is called from the
 * application's shutdown sequence and expects the task to exit promptly.
 */
public class HeartbeatEmitter implements Runnable {

    private final Consumer<String> sink;
    private final long intervalMillis;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "heartbeat");
        t.setDaemon(false);
        return t;
    });

    public HeartbeatEmitter(Consumer<String> sink, long intervalMillis) {
        this.sink = sink;
        this.intervalMillis = intervalMillis;
    }

    public void start() {
        executor.execute(this);
    }

    @Override
    public void run() {
        while (!Thread.currentThread().isInterrupted()) {
            long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
            int threads = ManagementFactory.getThreadMXBean().getThreadCount();
            sink.accept("heartbeat uptime_ms=" + uptime + " threads=" + threads);
            try {
                Thread.sleep(intervalMillis);
            } catch (InterruptedException e) { // BUG: interrupt swallowed; the flag is cleared so the loop never sees shutdownNow() and the worker never exits
                sink.accept("heartbeat sleep interrupted");
            }
        }
    }

    public boolean stop() throws InterruptedException {
        executor.shutdownNow();
        return executor.awaitTermination(5, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws InterruptedException {
        HeartbeatEmitter emitter = new HeartbeatEmitter(System.out::println, 1_000);
        emitter.start();
        Thread.sleep(3_500);
        System.out.println("stopped cleanly: " + emitter.stop());
    }
}
