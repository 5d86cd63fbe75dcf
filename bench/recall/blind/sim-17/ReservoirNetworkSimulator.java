// EXPECT: lock-order-deadlock @ line 49
package probe17c; import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Simulates a network of reservoirs connected by pumps. Every pump is a
 * periodic task on a shared scheduled pool, so several pumps run at the same
 * time, and pumps may connect the same two reservoirs in opposite directions.
 */
public class ReservoirNetworkSimulator {

    static final class Reservoir {
        final String name;
        final double capacity;
        double level;

        Reservoir(String name, double capacity, double level) {
            this.name = name;
            this.capacity = capacity;
            this.level = level;
        }

        synchronized double level() {
            return level;
        }
    }

    static final class Pump implements Runnable {
        final Reservoir source;
        final Reservoir target;
        final double ratePerTick;

        Pump(Reservoir source, Reservoir target, double ratePerTick) {
            this.source = source;
            this.target = target;
            this.ratePerTick = ratePerTick;
        }

        @Override
        public void run() {
            transfer(source, target, ratePerTick);
        }
    }

    static double transfer(Reservoir from, Reservoir to, double volume) {
        synchronized (from) {
            synchronized (to) { // BUG: lock order follows pump direction; pumps A->B and B->A running concurrently deadlock
                double room = to.capacity - to.level;
                double moved = Math.min(volume, Math.min(from.level, room));
                from.level -= moved;
                to.level += moved;
                return moved;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Reservoir upper = new Reservoir("upper", 5_000, 4_000);
        Reservoir lower = new Reservoir("lower", 8_000, 1_000);
        Reservoir buffer = new Reservoir("buffer", 2_000, 500);
        List<Reservoir> all = List.of(upper, lower, buffer);

        List<Pump> pumps = List.of(
                new Pump(upper, lower, 3.0),
                new Pump(lower, upper, 2.5),
                new Pump(lower, buffer, 1.0),
                new Pump(buffer, upper, 1.2));

        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(pumps.size());
        for (Pump pump : pumps) {
            scheduler.scheduleAtFixedRate(pump, 0, 200, TimeUnit.MICROSECONDS);
        }

        TimeUnit.SECONDS.sleep(2);
        scheduler.shutdown();
        scheduler.awaitTermination(5, TimeUnit.SECONDS);

        double total = 0;
        for (Reservoir r : all) {
            System.out.printf("%-7s %8.1f%n", r.name, r.level());
            total += r.level();
        }
        System.out.printf("total   %8.1f%n", total);
    }
}
