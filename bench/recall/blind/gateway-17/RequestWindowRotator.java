// EXPECT: none
package probe17b; import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Sliding-window request counter backing the gateway's global rate limit. Request
 * threads call hit(); a single-threaded scheduler advances the window every 100 ms.
 */
public class RequestWindowRotator {

    private static final int SLOTS = 10;

    private final AtomicLongArray counts = new AtomicLongArray(SLOTS);
    private final long limitPerWindow;
    private volatile int currentSlot;

    public RequestWindowRotator(long limitPerWindow) {
        this.limitPerWindow = limitPerWindow;
    }

    public boolean hit() {
        counts.incrementAndGet(currentSlot);
        return total() <= limitPerWindow;
    }

    public long total() {
        long sum = 0;
        for (int i = 0; i < SLOTS; i++) {
            sum += counts.get(i);
        }
        return sum;
    }

    void rotate() {
        int next = (currentSlot + 1) % SLOTS;
        counts.set(next, 0);
        currentSlot = next; // OK: rotate() only ever runs on the single scheduler thread; request threads just read the volatile
    }

    public void start(ScheduledExecutorService scheduler) {
        scheduler.scheduleAtFixedRate(this::rotate, 100, 100, TimeUnit.MILLISECONDS);
    }

    public static void main(String[] args) throws InterruptedException {
        RequestWindowRotator limiter = new RequestWindowRotator(5_000);
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        limiter.start(scheduler);
        ExecutorService workers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 50_000; i++) {
            workers.execute(limiter::hit);
        }
        workers.shutdown();
        workers.awaitTermination(30, TimeUnit.SECONDS);
        scheduler.shutdown();
        scheduler.awaitTermination(1, TimeUnit.SECONDS);
        System.out.println("requests in current window: " + limiter.total());
    }
}
