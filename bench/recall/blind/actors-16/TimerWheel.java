// EXPECT: visibility-of-stop-flag @ line 60
package probe16b; import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Hashed timer wheel that delivers scheduled messages to actor mailboxes.
 * schedule() may be called from any actor thread; the wheel itself is
 * advanced by a dedicated "timer-wheel" thread. shutdown() is called from
 * the actor system's termination hook on another thread.
 */
public class TimerWheel {

    private record Timeout(BlockingQueue<Object> target, Object message, long delayTicks) {}

    private static final class Slot {
        final Timeout timeout;
        long remainingRounds;

        Slot(Timeout timeout, long remainingRounds) {
            this.timeout = timeout;
            this.remainingRounds = remainingRounds;
        }
    }

    private final ConcurrentLinkedQueue<Timeout> incoming = new ConcurrentLinkedQueue<>();
    private final List<List<Slot>> buckets = new ArrayList<>();
    private final long tickNanos;
    private final Thread worker;
    private boolean running = true;
    private long tick;

    public TimerWheel(int wheelSize, long tickMillis) {
        for (int i = 0; i < wheelSize; i++) {
            buckets.add(new ArrayList<>());
        }
        this.tickNanos = TimeUnit.MILLISECONDS.toNanos(tickMillis);
        this.worker = new Thread(this::advanceLoop, "timer-wheel");
    }

    public void start() {
        worker.start();
    }

    public void schedule(BlockingQueue<Object> mailbox, Object message, long delayMillis) {
        long ticks = Math.max(1, TimeUnit.MILLISECONDS.toNanos(delayMillis) / tickNanos);
        incoming.add(new Timeout(mailbox, message, ticks));
    }

    public void shutdown() {
        running = false;
    }

    private void advanceLoop() {
        while (running) { // BUG: non-volatile flag written by shutdown() on another thread; the timer thread may never observe it
            transferIncoming();
            expire(buckets.get((int) (tick % buckets.size())));
            tick++;
            LockSupport.parkNanos(tickNanos);
        }
    }

    private void transferIncoming() {
        Timeout t;
        while ((t = incoming.poll()) != null) {
            long deadline = tick + t.delayTicks();
            int index = (int) (deadline % buckets.size());
            buckets.get(index).add(new Slot(t, t.delayTicks() / buckets.size()));
        }
    }

    private void expire(List<Slot> bucket) {
        Iterator<Slot> it = bucket.iterator();
        while (it.hasNext()) {
            Slot slot = it.next();
            if (slot.remainingRounds <= 0) {
                it.remove();
                slot.timeout.target().offer(slot.timeout.message());
            } else {
                slot.remainingRounds--;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        TimerWheel wheel = new TimerWheel(64, 1);
        wheel.start();
        BlockingQueue<Object> mailbox = new LinkedBlockingQueue<>();
        for (int i = 0; i < 10; i++) {
            wheel.schedule(mailbox, "ReceiveTimeout-" + i, 5L * i);
        }
        for (int i = 0; i < 10; i++) {
            System.out.println("actor got " + mailbox.take());
        }
        Thread terminationHook = new Thread(wheel::shutdown, "system-termination");
        terminationHook.start();
        terminationHook.join();
        wheel.worker.join(2_000);
        System.out.println("timer thread alive: " + wheel.worker.isAlive());
    }
}
