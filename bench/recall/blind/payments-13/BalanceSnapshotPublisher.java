// EXPECT: none
package probe13a; import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Background thread that periodically snapshots account balances for the reporting API.
 * Posting threads update balances through {@link #post}; the admin endpoint calls
 * {@link #shutdown} from a request thread.
 */
public class BalanceSnapshotPublisher extends Thread {

    private final Map<String, AtomicLong> balances = new ConcurrentHashMap<>();
    private final AtomicReference<Map<String, Long>> lastSnapshot = new AtomicReference<>(Map.of());
    private boolean running = true; // OK: only read and written inside synchronized isRunning()/shutdown()
    private long snapshotCount;

    public BalanceSnapshotPublisher() {
        super("balance-snapshot-publisher");
    }

    private synchronized boolean isRunning() {
        return running;
    }

    public synchronized void shutdown() {
        running = false;
    }

    public void post(String accountId, long deltaMinor) {
        balances.computeIfAbsent(accountId, k -> new AtomicLong()).addAndGet(deltaMinor);
    }

    public Map<String, Long> latest() {
        return lastSnapshot.get();
    }

    @Override
    public void run() {
        while (isRunning()) {
            Map<String, Long> snap = new java.util.HashMap<>();
            balances.forEach((account, bal) -> snap.put(account, bal.get()));
            lastSnapshot.set(Map.copyOf(snap));
            snapshotCount++;
            long until = System.nanoTime() + 500_000L;
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
        }
        System.out.println("snapshot publisher stopped after " + snapshotCount + " snapshots");
    }

    public static void main(String[] args) throws InterruptedException {
        BalanceSnapshotPublisher publisher = new BalanceSnapshotPublisher();
        publisher.start();
        Thread[] posters = new Thread[3];
        for (int t = 0; t < posters.length; t++) {
            posters[t] = new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    publisher.post("ACC-" + (i % 25), i % 2 == 0 ? 500 : -200);
                }
            }, "posting-" + t);
            posters[t].start();
        }
        for (Thread t : posters) {
            t.join();
        }
        Thread.sleep(50);
        System.out.println("accounts in snapshot: " + publisher.latest().size());
        publisher.shutdown();
        publisher.join(2_000);
        System.out.println("publisher alive after shutdown: " + publisher.isAlive());
    }
}
