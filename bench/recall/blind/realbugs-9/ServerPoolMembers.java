// EXPECT: none
package probe9b; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Tracks which backend servers a connection pool may open connections to.
 * A scheduled health checker marks servers up/down; borrowing threads pick a
 * server whenever a new connection is needed.
 */
public class ServerPoolMembers {
    private volatile List<String> live = List.of();

    public synchronized void markUp(String server) {
        if (!live.contains(server)) {
            List<String> next = new ArrayList<>(live);
            next.add(server);
            live = List.copyOf(next);
        }
    }

    public synchronized void markDown(String server) {
        List<String> next = new ArrayList<>(live);
        if (next.remove(server)) {
            live = List.copyOf(next);
        }
    }

    public List<String> liveServers() {
        return live; // OK: the field always holds an immutable List.copyOf snapshot that is replaced, never mutated, and published through a volatile write
    }

    public String pickServer() {
        List<String> servers = liveServers();
        if (servers.isEmpty()) {
            throw new IllegalStateException("no live server");
        }
        return servers.get(ThreadLocalRandom.current().nextInt(servers.size()));
    }

    public static void main(String[] args) throws InterruptedException {
        ServerPoolMembers members = new ServerPoolMembers();
        String[] all = {"db-1:5432", "db-2:5432", "db-3:5432"};
        for (String s : all) {
            members.markUp(s);
        }
        ScheduledExecutorService healthChecker = Executors.newSingleThreadScheduledExecutor();
        healthChecker.scheduleAtFixedRate(() -> {
            String s = all[ThreadLocalRandom.current().nextInt(all.length)];
            if (ThreadLocalRandom.current().nextBoolean()) {
                members.markDown(s);
            } else {
                members.markUp(s);
            }
        }, 0, 1, TimeUnit.MILLISECONDS);

        ExecutorService borrowers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 50_000; i++) {
            borrowers.execute(() -> {
                try {
                    members.pickServer();
                } catch (IllegalStateException ignored) {
                    // all servers down momentarily
                }
            });
        }
        borrowers.shutdown();
        borrowers.awaitTermination(10, TimeUnit.SECONDS);
        healthChecker.shutdownNow();
    }
}
