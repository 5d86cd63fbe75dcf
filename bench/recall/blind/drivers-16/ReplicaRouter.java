// EXPECT: none
package probe16a; import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Picks a read replica for each read-only transaction. The replica list is refreshed
 * from service discovery by a scheduled thread while request threads call
 * replicaFor() concurrently.
 */
public class ReplicaRouter {

    static final class ReplicaSet {
        String[] jdbcUrls;
        int generation;
        String readOnlyRole;

        ReplicaSet(List<String> urls, int generation, String readOnlyRole) {
            this.jdbcUrls = urls.toArray(new String[0]);
            this.generation = generation;
            this.readOnlyRole = readOnlyRole;
        }
    }

    private volatile ReplicaSet replicas;
    private int generation;

    public ReplicaRouter(List<String> initialUrls) {
        this.replicas = new ReplicaSet(initialUrls, 0, "reporting_ro");
    }

    /** Called by the discovery thread only. */
    void refresh(List<String> urls) {
        generation++;
        ReplicaSet next = new ReplicaSet(urls, generation, "reporting_ro");
        replicas = next; // OK: volatile write publishes the fully constructed ReplicaSet, never mutated afterwards
    }

    public String replicaFor(long sessionId) {
        ReplicaSet current = replicas;
        String[] urls = current.jdbcUrls;
        return urls[(int) Math.floorMod(sessionId, (long) urls.length)] + "?role=" + current.readOnlyRole;
    }

    public static void main(String[] args) throws InterruptedException {
        ReplicaRouter router = new ReplicaRouter(
                List.of("jdbc:mysql://replica-1/app", "jdbc:mysql://replica-2/app"));

        ScheduledExecutorService discovery = Executors.newSingleThreadScheduledExecutor();
        discovery.scheduleWithFixedDelay(() -> router.refresh(List.of(
                "jdbc:mysql://replica-1/app",
                "jdbc:mysql://replica-2/app",
                "jdbc:mysql://replica-3/app")), 0, 1, TimeUnit.MILLISECONDS);

        AtomicLong routed = new AtomicLong();
        ExecutorService requestHandlers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 50_000; i++) {
            long session = i;
            requestHandlers.execute(() -> {
                if (router.replicaFor(session) != null) {
                    routed.incrementAndGet();
                }
            });
        }
        requestHandlers.shutdown();
        requestHandlers.awaitTermination(1, TimeUnit.MINUTES);
        discovery.shutdownNow();
        System.out.println("routed " + routed.get());
    }
}
