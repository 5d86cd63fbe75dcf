// EXPECT: none
package probe11a; import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tracks delivery vans for the fleet operations board. Position reports are processed on
 * the telematics thread while the board is refreshed on its own thread.
 */
public class FleetTracker {

    public record Position(double lat, double lon) { }

    public static final class Van {
        private final String plate;
        private final FleetTracker tracker;
        private Position position;
        private Position stop;

        Van(String plate, FleetTracker tracker, Position start) {
            this.plate = plate;
            this.tracker = tracker;
            this.position = start;
        }

        public synchronized Position position() {
            return position;
        }

        public synchronized void routeTo(Position stop) {
            this.stop = stop;
        }

        public void reportPosition(Position fix) {
            boolean arrived;
            synchronized (this) {
                position = fix;
                arrived = stop != null && stop.equals(fix);
                if (arrived) {
                    stop = null;
                }
            }
            if (arrived) {
                tracker.markIdle(this); // OK: open call - the van's lock was released above, so no lock is held while taking the tracker lock
            }
        }

        public String plate() {
            return plate;
        }
    }

    private final Set<Van> vans = new HashSet<>();
    private final Set<Van> idle = new HashSet<>();

    public synchronized Van register(String plate, Position start) {
        Van v = new Van(plate, this, start);
        vans.add(v);
        idle.add(v);
        return v;
    }

    public synchronized void markIdle(Van van) {
        idle.add(van);
    }

    public synchronized int idleCount() {
        return idle.size();
    }

    public List<String> boardSnapshot() {
        List<Van> copy;
        synchronized (this) {
            copy = new ArrayList<>(vans);
        }
        List<String> rows = new ArrayList<>();
        for (Van v : copy) {
            Position p = v.position();
            rows.add(v.plate() + " " + p.lat() + "," + p.lon());
        }
        return rows;
    }

    public static void main(String[] args) throws InterruptedException {
        FleetTracker tracker = new FleetTracker();
        Position hub = new Position(51.92, 4.48);
        Van v1 = tracker.register("VX-12-AB", hub);
        Van v2 = tracker.register("VX-34-CD", hub);

        Thread telematics = new Thread(() -> {
            for (int i = 0; i < 100_000; i++) {
                Position drop = new Position(51.0 + (i % 10), 4.0);
                v1.routeTo(drop);
                v1.reportPosition(drop);
                v2.reportPosition(new Position(51.5, 4.0 + (i % 5)));
            }
        }, "telematics");
        Thread board = new Thread(() -> {
            for (int i = 0; i < 100_000; i++) {
                tracker.boardSnapshot();
            }
        }, "ops-board");
        telematics.start();
        board.start();
        telematics.join();
        board.join();
        System.out.println("idle vans: " + tracker.idleCount());
    }
}
