// EXPECT: none
package probe11b; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Tracks free seats per screening. Booking handlers call book() from the booking pool while
 * the cancellation sweeper calls release() from a scheduled thread.
 */
public class SeatAllocator {

    private final Object lock = new Object();
    private final Map<String, Integer> freeSeats = new HashMap<>();
    private final ExecutorService bookingPool = Executors.newFixedThreadPool(8);
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor();

    public void requestBooking(String screening, int seats) {
        bookingPool.execute(() -> {
            if (!book(screening, seats)) {
                System.out.println("sold out " + screening);
            }
        });
    }

    public void startCancellationSweeper(String screening, int released) {
        sweeper.scheduleAtFixedRate(() -> release(screening, released), 0, 100, TimeUnit.MILLISECONDS);
    }

    public boolean book(String screening, int seats) {
        synchronized (lock) {
            int free = freeSeats.getOrDefault(screening, 0);
            if (free < seats) {
                return false;
            }
            freeSeats.put(screening, free - seats);
            return true;
        }
    }

    public void release(String screening, int seats) {
        synchronized (lock) { // OK: lock is a plain private Object used as the monitor by every method that touches freeSeats
            freeSeats.merge(screening, seats, Integer::sum);
        }
    }

    public int free(String screening) {
        synchronized (lock) {
            return freeSeats.getOrDefault(screening, 0);
        }
    }

    public void shutdown() throws InterruptedException {
        sweeper.shutdown();
        bookingPool.shutdown();
        bookingPool.awaitTermination(10, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws InterruptedException {
        SeatAllocator allocator = new SeatAllocator();
        allocator.startCancellationSweeper("hall-2-20:00", 5);
        for (int i = 0; i < 300; i++) {
            allocator.requestBooking("hall-2-20:00", 1);
        }
        allocator.shutdown();
        System.out.println("free: " + allocator.free("hall-2-20:00"));
    }
}
