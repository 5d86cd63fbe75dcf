// EXPECT: none
package probe17b; import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Moves idle upstream connections between backend pools of the gateway. Rebalancing
 * tasks run on a pool of threads and may move connections in either direction at once.
 */
public class BackendPoolRebalancer {

    static final class BackendPool {
        final int id;
        final String name;
        final Deque<String> idleConnections = new ArrayDeque<>();

        BackendPool(int id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    public boolean move(BackendPool from, BackendPool to, int count) {
        if (from == to) {
            return false;
        }
        BackendPool first = from.id < to.id ? from : to;
        BackendPool second = from.id < to.id ? to : from;
        synchronized (first) {
            synchronized (second) { // OK: both monitors are always acquired in ascending pool-id order, so no cycle can form
                if (from.idleConnections.size() < count) {
                    return false;
                }
                for (int i = 0; i < count; i++) {
                    to.idleConnections.addLast(from.idleConnections.pollFirst());
                }
                return true;
            }
        }
    }

    public int idleCount(BackendPool pool) {
        synchronized (pool) {
            return pool.idleConnections.size();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        BackendPool east = new BackendPool(1, "us-east");
        BackendPool west = new BackendPool(2, "us-west");
        for (int i = 0; i < 100; i++) {
            east.idleConnections.add("east-conn-" + i);
            west.idleConnections.add("west-conn-" + i);
        }
        BackendPoolRebalancer rebalancer = new BackendPoolRebalancer();
        ExecutorService tasks = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 20_000; i++) {
            if (i % 2 == 0) {
                tasks.execute(() -> rebalancer.move(east, west, 3));
            } else {
                tasks.execute(() -> rebalancer.move(west, east, 3));
            }
        }
        tasks.shutdown();
        tasks.awaitTermination(30, TimeUnit.SECONDS);
        System.out.println(east.name + "=" + rebalancer.idleCount(east) + " "
                + west.name + "=" + rebalancer.idleCount(west));
    }
}
