// EXPECT: none
package probe2.races;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

// OK: every access to balances/totalHeld happens while holding the same ReentrantLock, taken in withLock() or lock()/try/finally helpers
public class AccountBalanceManager {
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Long> balances = new HashMap<>();
    private long totalHeld;

    private <T> T withLock(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    /** Caller must hold {@code lock}. */
    private void applyDelta(String account, long delta) {
        balances.merge(account, delta, Long::sum);
        totalHeld += delta;
    }

    /** Caller must hold {@code lock}. */
    private long balanceLocked(String account) {
        return balances.getOrDefault(account, 0L);
    }

    public void deposit(String account, long cents) {
        lock.lock();
        try {
            applyDelta(account, cents);
        } finally {
            lock.unlock();
        }
    }

    public boolean transfer(String from, String to, long cents) {
        return withLock(() -> {
            if (balanceLocked(from) < cents) {
                return false;
            }
            applyDelta(from, -cents);
            applyDelta(to, cents);
            return true;
        });
    }

    public long balanceOf(String account) {
        return withLock(() -> balanceLocked(account));
    }

    public long totalHeld() {
        return withLock(() -> totalHeld);
    }

    public static void main(String[] args) throws InterruptedException {
        AccountBalanceManager manager = new AccountBalanceManager();
        for (int i = 0; i < 10; i++) {
            manager.deposit("acct-" + i, 10_000);
        }
        ExecutorService tellers = Executors.newFixedThreadPool(6);
        for (int i = 0; i < 5_000; i++) {
            String from = "acct-" + (i % 10);
            String to = "acct-" + ((i * 7 + 3) % 10);
            tellers.execute(() -> manager.transfer(from, to, 25));
        }
        tellers.shutdown();
        tellers.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("total=" + manager.totalHeld() + " acct-0=" + manager.balanceOf("acct-0"));
    }
}
