// EXPECT: lock-order-deadlock @ line 50
package probe8b; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Account balances partitioned over lock stripes. Transfer requests arrive on
 * the request executor and are processed concurrently.
 */
public class StripedBalanceMap {
    private static final int STRIPES = 16;

    private final Object[] locks = new Object[STRIPES];
    private final Map<String, Long>[] segments;

    @SuppressWarnings({"unchecked", "rawtypes"})
    public StripedBalanceMap() {
        segments = (Map<String, Long>[]) new Map[STRIPES];
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new Object();
            segments[i] = new HashMap<>();
        }
    }

    private static int stripe(String account) {
        return (account.hashCode() & 0x7fffffff) % STRIPES;
    }

    public long balance(String account) {
        int s = stripe(account);
        synchronized (locks[s]) {
            return segments[s].getOrDefault(account, 0L);
        }
    }

    public void deposit(String account, long amount) {
        int s = stripe(account);
        synchronized (locks[s]) {
            segments[s].merge(account, amount, Long::sum);
        }
    }

    public boolean transfer(String from, String to, long amount) {
        int src = stripe(from);
        int dst = stripe(to);
        synchronized (locks[src]) {
            synchronized (locks[dst]) { // BUG: stripe locks taken in argument order; concurrent transfer(a,b) and transfer(b,a) deadlock
                long available = segments[src].getOrDefault(from, 0L);
                if (available < amount) {
                    return false;
                }
                segments[src].put(from, available - amount);
                segments[dst].merge(to, amount, Long::sum);
                return true;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        StripedBalanceMap balances = new StripedBalanceMap();
        String[] accounts = {"acct-100", "acct-200", "acct-300", "acct-400", "acct-500"};
        for (String a : accounts) {
            balances.deposit(a, 1_000);
        }
        ExecutorService requests = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 20_000; i++) {
            requests.execute(() -> {
                ThreadLocalRandom rnd = ThreadLocalRandom.current();
                String from = accounts[rnd.nextInt(accounts.length)];
                String to = accounts[rnd.nextInt(accounts.length)];
                balances.transfer(from, to, rnd.nextInt(1, 50));
            });
        }
        requests.shutdown();
        requests.awaitTermination(10, TimeUnit.SECONDS);
    }
}
