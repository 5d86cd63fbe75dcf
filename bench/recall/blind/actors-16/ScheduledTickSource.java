// EXPECT: none
package probe16b; import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends a periodic Tick message to every registered actor mailbox from a
 * dedicated background thread. Actors register from their own threads and
 * the actor system stops the source from its termination thread.
 */
public class ScheduledTickSource {

    public record Tick(long sequence, long nanoTime) {}

    private final List<BlockingQueue<Object>> listeners = new CopyOnWriteArrayList<>();
    private final long periodNanos;
    private final Thread ticker;
    private boolean stopped;

    public ScheduledTickSource(long periodMillis) {
        this.periodNanos = TimeUnit.MILLISECONDS.toNanos(periodMillis);
        this.ticker = new Thread(this::tickLoop, "tick-source");
        this.ticker.setDaemon(true);
    }

    public void start() {
        ticker.start();
    }

    public void register(BlockingQueue<Object> mailbox) {
        listeners.add(mailbox);
    }

    public synchronized void stop() {
        stopped = true;
    }

    private synchronized boolean isStopped() {
        return stopped;
    }

    private void tickLoop() {
        long sequence = 0;
        while (!isStopped()) { // OK: the plain flag is only written and read while holding this object's monitor
            Tick tick = new Tick(sequence++, System.nanoTime());
            for (BlockingQueue<Object> mailbox : listeners) {
                mailbox.offer(tick);
            }
            LockSupport.parkNanos(periodNanos);
        }
    }

    public boolean awaitStop(long millis) throws InterruptedException {
        ticker.join(millis);
        return !ticker.isAlive();
    }

    public static void main(String[] args) throws Exception {
        ScheduledTickSource source = new ScheduledTickSource(2);
        BlockingQueue<Object> heartbeatActor = new LinkedBlockingQueue<>();
        source.register(heartbeatActor);
        source.start();
        for (int i = 0; i < 20; i++) {
            Object msg = heartbeatActor.take();
            if (i % 5 == 0) {
                System.out.println("heartbeat " + msg);
            }
        }
        Thread termination = new Thread(source::stop, "system-termination");
        termination.start();
        termination.join();
        System.out.println("ticker stopped: " + source.awaitStop(2_000));
    }
}
