// EXPECT: visibility-of-a-stop-state-flag @ line 31
package probe12a; import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Sends periodic heartbeats to the broker so the session is not expired while
 * the consumer is busy. Runs on its own thread; {@link #stop} is called by the
 * consumer's close path on a different thread.
 */
public class HeartbeatPoller implements Runnable {
    private final long intervalNanos;
    private final LongConsumer heartbeatSender;
    private final AtomicLong sent = new AtomicLong();
    private final Thread thread;
    private boolean running = true;

    public HeartbeatPoller(long interval, TimeUnit unit, LongConsumer heartbeatSender) {
        this.intervalNanos = unit.toNanos(interval);
        this.heartbeatSender = heartbeatSender;
        this.thread = new Thread(this, "heartbeat-poller");
    }

    public void start() {
        thread.start();
    }

    @Override
    public void run() {
        long next = System.nanoTime();
        while (running) { // BUG: 'running' is not volatile; the poller thread may never observe stop()'s write
            long now = System.nanoTime();
            if (now - next >= 0) {
                heartbeatSender.accept(sent.incrementAndGet());
                next = now + intervalNanos;
            } else {
                Thread.onSpinWait();
            }
        }
    }

    public void stop(long timeoutMillis) throws InterruptedException {
        running = false;
        thread.join(timeoutMillis);
        if (thread.isAlive()) {
            System.err.println("heartbeat poller did not stop within " + timeoutMillis + " ms");
        }
    }

    public long heartbeatsSent() {
        return sent.get();
    }

    public static void main(String[] args) throws Exception {
        HeartbeatPoller poller = new HeartbeatPoller(100, TimeUnit.MILLISECONDS, seq -> { });
        poller.start();
        Thread.sleep(1_000);
        poller.stop(2_000);
        System.out.println("heartbeats sent: " + poller.heartbeatsSent());
    }
}
