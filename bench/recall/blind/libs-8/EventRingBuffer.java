// EXPECT: inconsistent-locking-unlocked-read @ line 54
package probe8b; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Fixed-capacity ring of recent request events. Request handler threads call
 * {@link #record}; a scheduled reporter thread calls {@link #latest} and {@link #drain}.
 * When full, the oldest event is overwritten.
 */
public class EventRingBuffer {
    private final Object[] slots;
    private final int mask;
    private long head; // next slot to read
    private long tail; // next slot to write

    public EventRingBuffer(int capacity) {
        if (capacity <= 0 || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two: " + capacity);
        }
        this.slots = new Object[capacity];
        this.mask = capacity - 1;
    }

    public synchronized void record(String event) {
        if (tail - head == slots.length) {
            slots[(int) (head & mask)] = null;
            head++;
        }
        slots[(int) (tail & mask)] = event;
        tail++;
    }

    public synchronized List<String> drain() {
        List<String> out = new ArrayList<>((int) (tail - head));
        while (head < tail) {
            int idx = (int) (head & mask);
            out.add((String) slots[idx]);
            slots[idx] = null;
            head++;
        }
        return out;
    }

    public synchronized int size() {
        return (int) (tail - head);
    }

    /** Most recently recorded event, or null if the ring is empty. */
    public String latest() {
        return tail == head ? null : (String) slots[(int) ((tail - 1) & mask)]; // BUG: head, tail and slots read without the monitor that guards every write to them
    }

    public static void main(String[] args) throws InterruptedException {
        EventRingBuffer ring = new EventRingBuffer(64);
        ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor();
        reporter.scheduleAtFixedRate(() -> {
            String last = ring.latest();
            List<String> batch = ring.drain();
            System.out.println("latest=" + last + " drained=" + batch.size());
        }, 10, 10, TimeUnit.MILLISECONDS);

        ExecutorService handlers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 10_000; i++) {
            final int req = i;
            handlers.execute(() -> ring.record("GET /items/" + req));
        }
        handlers.shutdown();
        handlers.awaitTermination(5, TimeUnit.SECONDS);
        reporter.shutdownNow();
    }
}
