// EXPECT: none
package probe17c; import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Periodically rebalances water between pairs of linked reservoirs. Each link
 * is a periodic task on a shared scheduled pool; links run concurrently and a
 * reservoir may be the source of one link and the target of another.
 */
public class ReservoirBalancer {

    static final class Reservoir {
        final int id;
        final String name;
        final double capacity;
        double level;

        Reservoir(int id, String name, double capacity, double level) {
            this.id = id;
            this.name = name;
            this.capacity = capacity;
            this.level = level;
        }

        synchronized double level() {
            return level;
        }
    }

    record Link(Reservoir from, Reservoir to, double flowPerTick) implements Runnable {
        @Override
        public void run() {
            move(from, to, flowPerTick);
        }
    }

    static double move(Reservoir from, Reservoir to, double volume) {
        Reservoir first = from.id < to.id ? from : to;
        Reservoir second = first == from ? to : from;
        synchronized (first) {
            synchronized (second) { // OK: both monitors are always taken in ascending id order, so no lock cycle can form
                double room = to.capacity - to.level;
                double moved = Math.min(volume, Math.min(from.level, room));
                from.level -= moved;
                to.level += moved;
                return moved;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Reservoir north = new Reservoir(1, "north", 6_000, 5_000);
        Reservoir south = new Reservoir(2, "south", 6_000, 1_000);
        Reservoir tank = new Reservoir(3, "tank", 1_500, 300);
        List<Reservoir> all = List.of(north, south, tank);

        List<Link> links = List.of(
                new Link(north, south, 2.0),
                new Link(south, north, 1.5),
                new Link(south, tank, 0.8),
                new Link(tank, north, 0.7));

        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(links.size());
        for (Link link : links) {
            scheduler.scheduleAtFixedRate(link, 0, 200, TimeUnit.MICROSECONDS);
        }

        TimeUnit.SECONDS.sleep(2);
        scheduler.shutdown();
        scheduler.awaitTermination(5, TimeUnit.SECONDS);

        for (Reservoir r : all) {
            System.out.printf("%-6s %8.1f%n", r.name, r.level());
        }
    }
}
