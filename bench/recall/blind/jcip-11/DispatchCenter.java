// EXPECT: lock-order-deadlock-via-callback @ line 39
package probe11a; import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.ArrayList;

/**
 * Dispatch center for bike couriers. GPS fixes arrive on the telemetry thread and update
 * each courier; the operations map is redrawn periodically on a separate UI thread.
 */
public class DispatchCenter {

    public record Point(double lat, double lon) { }

    public static final class Courier {
        private final String name;
        private final DispatchCenter center;
        private Point location;
        private Point destination;

        Courier(String name, DispatchCenter center, Point start) {
            this.name = name;
            this.center = center;
            this.location = start;
        }

        public synchronized Point location() {
            return location;
        }

        public synchronized void assign(Point destination) {
            this.destination = destination;
        }

        public synchronized void updateLocation(Point fix) {
            this.location = fix;
            if (destination != null && destination.equals(fix)) {
                destination = null;
                center.markAvailable(this); // BUG: calls into DispatchCenter (synchronized) while holding the courier lock; mapSnapshot() holds the center lock and calls location() -> lock-order deadlock
            }
        }

        public String name() {
            return name;
        }
    }

    private final Set<Courier> couriers = new HashSet<>();
    private final Set<Courier> available = new HashSet<>();

    public synchronized Courier hire(String name, Point start) {
        Courier c = new Courier(name, this, start);
        couriers.add(c);
        available.add(c);
        return c;
    }

    public synchronized void markAvailable(Courier courier) {
        available.add(courier);
    }

    public synchronized Courier dispatch() {
        Courier c = available.stream().findFirst().orElse(null);
        if (c != null) {
            available.remove(c);
        }
        return c;
    }

    public synchronized List<String> mapSnapshot() {
        List<String> pins = new ArrayList<>();
        for (Courier c : couriers) {
            Point p = c.location();
            pins.add(c.name() + "@" + p.lat() + "," + p.lon());
        }
        return pins;
    }

    public static void main(String[] args) throws InterruptedException {
        DispatchCenter center = new DispatchCenter();
        Point depot = new Point(52.37, 4.89);
        Courier anna = center.hire("anna", depot);
        Courier bram = center.hire("bram", depot);

        Thread telemetry = new Thread(() -> {
            for (int i = 0; i < 100_000; i++) {
                Point target = new Point(52.0 + (i % 10), 4.0);
                anna.assign(target);
                anna.updateLocation(target);
                bram.updateLocation(new Point(52.1, 4.1 + (i % 7)));
            }
        }, "gps-telemetry");
        Thread mapUi = new Thread(() -> {
            for (int i = 0; i < 100_000; i++) {
                center.mapSnapshot();
            }
        }, "ops-map");
        telemetry.start();
        mapUi.start();
        telemetry.join();
        mapUi.join();
        System.out.println("done");
    }
}
