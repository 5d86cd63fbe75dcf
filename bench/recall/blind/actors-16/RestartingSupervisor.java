// EXPECT: interrupt-or-executor-future-misuse @ line 40
package probe16b; import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One-for-one supervisor for a single stateful child actor. A watchdog task
 * on a scheduler thread restarts the child when it has not made progress
 * for too long: it cancels the running incarnation with cancel(true) and
 * starts a fresh one on the same mailbox.
 */
public class RestartingSupervisor {

    private final BlockingQueue<Object> mailbox = new LinkedBlockingQueue<>();
    private final ExecutorService childPool = Executors.newCachedThreadPool();
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger incarnations = new AtomicInteger();
    private volatile long lastProgressNanos = System.nanoTime();
    private Future<?> current;
    private boolean stopped;

    final class ChildActor implements Runnable {
        private final int incarnation = incarnations.incrementAndGet();
        private long processed;

        @Override
        public void run() {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Object message = mailbox.poll(100, TimeUnit.MILLISECONDS);
                    if (message != null) {
                        processed++;
                        lastProgressNanos = System.nanoTime();
                    }
                } catch (InterruptedException e) { // BUG: swallows the interrupt (flag already cleared), so cancel(true) never stops this incarnation
                    System.out.println("child#" + incarnation + " poll interrupted, continuing");
                }
            }
            System.out.println("child#" + incarnation + " stopped after " + processed);
        }
    }

    public synchronized void start() {
        current = childPool.submit(new ChildActor());
        watchdog.scheduleAtFixedRate(this::checkLiveness, 200, 200, TimeUnit.MILLISECONDS);
    }

    private synchronized void checkLiveness() {
        if (stopped) {
            return;
        }
        long idle = System.nanoTime() - lastProgressNanos;
        if (idle > TimeUnit.MILLISECONDS.toNanos(300)) {
            current.cancel(true);
            current = childPool.submit(new ChildActor());
            lastProgressNanos = System.nanoTime();
        }
    }

    public void tell(Object message) {
        mailbox.offer(message);
    }

    public synchronized void shutdown() {
        stopped = true;
        watchdog.shutdownNow();
        current.cancel(true);
        childPool.shutdownNow();
    }

    public static void main(String[] args) throws Exception {
        RestartingSupervisor supervisor = new RestartingSupervisor();
        supervisor.start();
        for (int burst = 0; burst < 5; burst++) {
            for (int i = 0; i < 1_000; i++) {
                supervisor.tell("event-" + burst + "-" + i);
            }
            Thread.sleep(600);
        }
        System.out.println("incarnations started: " + supervisor.incarnations.get());
        supervisor.shutdown();
        System.exit(0);
    }
}
