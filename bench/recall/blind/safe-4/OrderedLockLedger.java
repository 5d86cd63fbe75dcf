// EXPECT: none
package probe4.safe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

// Core-banking ledger doing concurrent transfers between accounts.
// OK: both account locks are always taken in ascending id order with lock()/try/finally, so no lock-order cycle (deadlock) and balances are guarded
public class OrderedLockLedger {

    static final class Account {
        final long id;
        final ReentrantLock lock = new ReentrantLock();
        private long balanceCents; // guarded by lock

        Account(long id, long balanceCents) {
            this.id = id;
            this.balanceCents = balanceCents;
        }
    }

    private final List<Account> accounts = new ArrayList<>();

    public OrderedLockLedger(int n, long initial) {
        for (int i = 0; i < n; i++) {
            accounts.add(new Account(1000 + i, initial));
        }
    }

    public boolean transfer(Account from, Account to, long cents) {
        if (from == to) {
            return false;
        }
        Account first = from.id < to.id ? from : to;
        Account second = from.id < to.id ? to : from;
        first.lock.lock();
        try {
            second.lock.lock();
            try {
                if (from.balanceCents < cents) {
                    return false;
                }
                from.balanceCents -= cents;
                to.balanceCents += cents;
                return true;
            } finally {
                second.lock.unlock();
            }
        } finally {
            first.lock.unlock();
        }
    }

    public long totalBalance() {
        List<Account> sorted = new ArrayList<>(accounts);
        sorted.sort(Comparator.comparingLong(a -> a.id));
        for (Account a : sorted) {
            a.lock.lock();
        }
        try {
            long sum = 0;
            for (Account a : sorted) {
                sum += a.balanceCents;
            }
            return sum;
        } finally {
            for (int i = sorted.size() - 1; i >= 0; i--) {
                sorted.get(i).lock.unlock();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        OrderedLockLedger ledger = new OrderedLockLedger(10, 10_000);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        for (int t = 0; t < 6; t++) {
            pool.execute(() -> {
                ThreadLocalRandom rnd = ThreadLocalRandom.current();
                for (int i = 0; i < 20_000; i++) {
                    Account a = ledger.accounts.get(rnd.nextInt(10));
                    Account b = ledger.accounts.get(rnd.nextInt(10));
                    ledger.transfer(a, b, 1 + rnd.nextInt(500));
                    if (i % 5000 == 0) {
                        ledger.totalBalance();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        System.out.println("total=" + ledger.totalBalance() + " (expected 100000)");
    }
}
