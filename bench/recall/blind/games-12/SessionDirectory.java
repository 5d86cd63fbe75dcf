// EXPECT: a-non-thread-safe-jdk-object-shared-between-threads @ line 18
package probe12c; import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Maps auth tokens to live player sessions. login(), lookup() and logout()
 * are invoked by the gateway's login worker pool, one call per request.
 */
public class SessionDirectory {

    public record PlayerSession(String token, String playerId, String region, long createdAtMillis) {
    }

    private final Map<String, PlayerSession> sessionsByToken = new HashMap<>(); // BUG: plain HashMap mutated and read concurrently by login worker threads

    public PlayerSession login(String playerId, String region) {
        String token = UUID.randomUUID().toString();
        PlayerSession session = new PlayerSession(token, playerId, region, System.currentTimeMillis());
        sessionsByToken.put(token, session);
        return session;
    }

    public PlayerSession lookup(String token) {
        return sessionsByToken.get(token);
    }

    public boolean logout(String token) {
        return sessionsByToken.remove(token) != null;
    }

    public int activeSessions() {
        return sessionsByToken.size();
    }

    public static void main(String[] args) throws InterruptedException {
        SessionDirectory directory = new SessionDirectory();
        ExecutorService loginWorkers = Executors.newFixedThreadPool(8);
        String[] regions = {"eu-west", "us-east", "ap-south"};

        for (int i = 0; i < 20_000; i++) {
            String playerId = "player-" + i;
            String region = regions[i % regions.length];
            loginWorkers.submit(() -> {
                PlayerSession s = directory.login(playerId, region);
                if (directory.lookup(s.token()) == null) {
                    System.err.println("lost session for " + playerId);
                }
                if (s.createdAtMillis() % 3 == 0) {
                    directory.logout(s.token());
                }
            });
        }

        loginWorkers.shutdown();
        loginWorkers.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("active sessions: " + directory.activeSessions());
    }
}
