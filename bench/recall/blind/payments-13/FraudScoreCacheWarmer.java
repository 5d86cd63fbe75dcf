// EXPECT: interrupt-or-executor-future-misuse @ line 31
package probe13a; import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Pre-computes fraud scores for accounts that are about to transact so the authorization
 * path can read them from the cache. Account ids are enqueued by the login handler threads;
 * a single background worker scores them. {@link #stop} is called on service shutdown.
 */
public class FraudScoreCacheWarmer {

    private final BlockingQueue<String> accountsToScore = new LinkedBlockingQueue<>();
    private final Map<String, Integer> scoreCache = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fraud-score-warmer");
        t.setDaemon(false);
        return t;
    });

    public void start() {
        worker.execute(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    String accountId = accountsToScore.take();
                    scoreCache.put(accountId, score(accountId));
                } catch (InterruptedException e) { // BUG: interrupt swallowed (flag cleared), so shutdownNow() never ends the loop
                    System.err.println("fraud-score-warmer interrupted while waiting for work");
                }
            }
        });
    }

    public void enqueue(String accountId) {
        accountsToScore.offer(accountId);
    }

    public Integer cachedScore(String accountId) {
        return scoreCache.get(accountId);
    }

    public boolean stop() throws InterruptedException {
        worker.shutdownNow();
        return worker.awaitTermination(5, TimeUnit.SECONDS);
    }

    private int score(String accountId) {
        return Math.floorMod(accountId.hashCode() * 31, 1000);
    }

    public static void main(String[] args) throws InterruptedException {
        FraudScoreCacheWarmer warmer = new FraudScoreCacheWarmer();
        warmer.start();
        ExecutorService loginHandlers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 500; i++) {
            String account = "ACC-" + (i % 120);
            loginHandlers.execute(() -> warmer.enqueue(account));
        }
        loginHandlers.shutdown();
        loginHandlers.awaitTermination(5, TimeUnit.SECONDS);
        Thread.sleep(200);
        System.out.println("ACC-7 score: " + warmer.cachedScore("ACC-7"));
        System.out.println("warmer stopped cleanly: " + warmer.stop());
    }
}
