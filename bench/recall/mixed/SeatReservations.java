// EXPECT: check-then-act @ line 21
package recall3;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Seat booking for one performance; booking requests arrive on many web threads at once.
 */
public class SeatReservations {
    private final List<String> reserved = Collections.synchronizedList(new ArrayList<>());
    private final int capacity;

    public SeatReservations(int capacity) {
        this.capacity = capacity;
    }

    /** Returns true if the seat was free and is now reserved by the caller. */
    public boolean reserve(String seat) {
        if (reserved.contains(seat) || reserved.size() >= capacity) {
            return false;
        }
        reserved.add(seat);
        return true;
    }

    public void cancel(String seat) {
        reserved.remove(seat);
    }

    public int reservedCount() {
        return reserved.size();
    }
}
