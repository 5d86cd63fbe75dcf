// EXPECT: none
package probe8b; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Bounded history of audit events. Request threads call {@link #record};
 * a scheduled exporter thread calls {@link #newest} and {@link #drain}.
 * The oldest entry is dropped when the ring is full.
 */
public class EventHistory {
    private final String[] slots;
    private final int mask;
    private long head;
    private long tail;
    private volatile String newest;

    public EventHistory(int capacity) {
        if (capacity <= 0 || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two: " + capacity);
        }
        this.slots = new String[capacity];
        this.mask = capacity - 1;
    }

    public synchronized void record(String event) {
        if (tail - head == slots.length) {
            slots[(int) (head & mask)] = null;
            head++;
        }
        slots[(int) (tail & mask)] = event;
        tail++;
        newest = event;
    }

    public synchronized List<String> drain() {
        List<String> out = new ArrayList<>((int) (tail - head));
        while (head < tail) {
            int idx = (int) (head & mask);
            out.add(slots[idx]);
            slots[idx] = null;
            head++;
        }
        return out;
    }

    public synchronized int size() {
        return (int) (tail - head);
    }

    /** Most recently recorded event (even if already drained), or null if nothing was recorded. */
    public String newest() {
        return newest; // OK: newest is volatile and holds an immutable String, so the unlocked read sees a fully published value
    }

    public static void main(String[] args) throws InterruptedException {
        EventHistory history = new EventHistory(128);
        ScheduledExecutorService exporter = Executors.newSingleThreadScheduledExecutor();
        exporter.scheduleWithFixedDelay(() -> {
            String last = history.newest();
            List<String> batch = history.drain();
            System.out.println("newest=" + last + " exported=" + batch.size());
        }, 5, 5, TimeUnit.MILLISECONDS);

        ExecutorService requests = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 5_000; i++) {
            final int user = i % 37;
            requests.execute(() -> history.record("login user=" + user));
        }
        requests.shutdown();
        requests.awaitTermination(5, TimeUnit.SECONDS);
        exporter.shutdownNow();
    }
}
