// EXPECT: none
package probe3.mix;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Applies deposits and withdrawals to wallet balances. Uses one lock per
 * wallet so unrelated wallets do not contend with each other.
 */
// OK: the per-wallet lock object is created at most once by ConcurrentHashMap.computeIfAbsent and the same instance is returned to every thread, so synchronized(lock) really excludes
public class AccountTransferService {

    private final Map<String, Object> walletLocks = new ConcurrentHashMap<>();
    private final Map<String, Long> balances = new ConcurrentHashMap<>();

    private Object lockFor(String walletId) {
        return walletLocks.computeIfAbsent(walletId, id -> new Object());
    }

    public boolean apply(String walletId, long deltaCents) {
        Object lock = lockFor(walletId);
        synchronized (lock) {
            long current = balances.getOrDefault(walletId, 0L);
            long next = current + deltaCents;
            if (next < 0) {
                return false;
            }
            balances.put(walletId, next);
            return true;
        }
    }

    public long balanceOf(String walletId) {
        return balances.getOrDefault(walletId, 0L);
    }

    public static void main(String[] args) throws InterruptedException {
        AccountTransferService service = new AccountTransferService();
        ExecutorService exec = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 40_000; i++) {
            final int n = i;
            String wallet = "w-" + (n % 25);
            exec.execute(() -> service.apply(wallet, n % 3 == 0 ? -200 : 150));
        }
        exec.shutdown();
        exec.awaitTermination(30, TimeUnit.SECONDS);
        long total = 0;
        for (int w = 0; w < 25; w++) {
            total += service.balanceOf("w-" + w);
        }
        System.out.println("total=" + total);
    }
}
