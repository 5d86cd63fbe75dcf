// EXPECT: check-then-act @ line 29
package probe8c; import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

// Seat booking for a single performance. reserve() and release() are invoked
// concurrently by the request-handling worker pool.
public class SeatReservationService {

    private final Set<String> validSeats;
    private final ConcurrentMap<String, String> seatToCustomer = new ConcurrentHashMap<>();

    public SeatReservationService(Set<String> validSeats) {
        this.validSeats = Set.copyOf(validSeats);
    }

    public boolean reserve(String seat, String customer) {
        if (!validSeats.contains(seat)) {
            throw new IllegalArgumentException("Unknown seat " + seat);
        }
        if (seatToCustomer.containsKey(seat)) {
            return false;
        }
        seatToCustomer.put(seat, customer); // BUG: check-then-act; two requests can both see the seat free and both get a confirmation
        return true;
    }

    public boolean release(String seat, String customer) {
        return seatToCustomer.remove(seat, customer);
    }

    public String holderOf(String seat) {
        return seatToCustomer.get(seat);
    }

    public Map<String, String> snapshot() {
        return Map.copyOf(seatToCustomer);
    }

    public static void main(String[] args) throws InterruptedException {
        Set<String> seats = Set.of("A1", "A2", "A3", "B1", "B2", "B3");
        SeatReservationService service = new SeatReservationService(seats);
        AtomicInteger confirmations = new AtomicInteger();
        ExecutorService requestPool = Executors.newFixedThreadPool(16);
        for (int c = 0; c < 200; c++) {
            String customer = "customer-" + c;
            for (String seat : seats) {
                requestPool.execute(() -> {
                    if (service.reserve(seat, customer)) {
                        confirmations.incrementAndGet();
                    }
                });
            }
        }
        requestPool.shutdown();
        requestPool.awaitTermination(30, TimeUnit.SECONDS);
        System.out.println("seats: " + seats.size() + ", confirmations sent: " + confirmations.get());
        System.out.println(service.snapshot());
    }
}
