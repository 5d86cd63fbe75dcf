// EXPECT: none
package probe16b; import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Supervises a single child actor and restarts it with exponential backoff
 * when it stalls. The liveness check runs on a scheduler thread and stops
 * the old incarnation with cancel(true) before starting the next one.
 */
public class BackoffSupervisor {

    private final BlockingQueue<Object> mailbox = new LinkedBlockingQueue<>();
    private final ExecutorService childPool = Executors.newCachedThreadPool();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger restarts = new AtomicInteger();
    private volatile long lastActivityNanos = System.nanoTime();
    private Future<?> running;
    private boolean stopped;
    private long backoffMillis = 100;

    final class Child implements Runnable {
        private long handled;

        @Override
        public void run() {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Object message = mailbox.poll(100, TimeUnit.MILLISECONDS);
                    if (message != null) {
                        handled++;
                        lastActivityNanos = System.nanoTime();
                    }
                } catch (InterruptedException e) { // OK: re-asserts the interrupt below so the loop condition sees the cancellation and exits
                    Thread.currentThread().interrupt();
                }
            }
            System.out.println("child stopped after " + handled + " messages");
        }
    }

    public synchronized void start() {
        running = childPool.submit(new Child());
        scheduler.schedule(this::watch, 200, TimeUnit.MILLISECONDS);
    }

    private synchronized void watch() {
        if (stopped) {
            return;
        }
        long idle = System.nanoTime() - lastActivityNanos;
        if (idle > TimeUnit.MILLISECONDS.toNanos(300)) {
            running.cancel(true);
            restarts.incrementAndGet();
            running = childPool.submit(new Child());
            lastActivityNanos = System.nanoTime();
            backoffMillis = Math.min(backoffMillis * 2, 2_000);
        }
        if (!scheduler.isShutdown()) {
            scheduler.schedule(this::watch, backoffMillis, TimeUnit.MILLISECONDS);
        }
    }

    public void tell(Object message) {
        mailbox.offer(message);
    }

    public synchronized void shutdown() throws InterruptedException {
        stopped = true;
        scheduler.shutdownNow();
        running.cancel(true);
        childPool.shutdown();
        childPool.awaitTermination(2, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws Exception {
        BackoffSupervisor supervisor = new BackoffSupervisor();
        supervisor.start();
        for (int burst = 0; burst < 5; burst++) {
            for (int i = 0; i < 1_000; i++) {
                supervisor.tell("event-" + burst + "-" + i);
            }
            Thread.sleep(600);
        }
        supervisor.shutdown();
        System.out.println("restarts: " + supervisor.restarts.get());
    }
}
