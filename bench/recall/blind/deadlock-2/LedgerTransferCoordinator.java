// EXPECT: none
package probe2.dl;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

// OK: both ledger monitors are always taken through withBoth(), which orders them by the unique immutable id, so every thread acquires in the same global order whatever the argument order
public class LedgerTransferCoordinator {
    private static final AtomicLong NEXT_ID = new AtomicLong();

    public static final class Ledger {
        private final long id = NEXT_ID.incrementAndGet();
        private final String owner;
        private long balanceCents;

        public Ledger(String owner, long openingCents) {
            this.owner = owner;
            this.balanceCents = openingCents;
        }

        public synchronized long balance() {
            return balanceCents;
        }

        public String owner() {
            return owner;
        }
    }

    public boolean transfer(Ledger from, Ledger to, long cents) {
        if (from == to || cents <= 0) {
            throw new IllegalArgumentException("invalid transfer");
        }
        return withBoth(from, to, () -> {
            if (from.balanceCents < cents) {
                return false;
            }
            from.balanceCents -= cents;
            to.balanceCents += cents;
            return true;
        });
    }

    /** Moves everything from the secondary ledger into the primary one. */
    public long consolidate(Ledger primary, Ledger secondary) {
        return withBoth(secondary, primary, () -> {
            long moved = secondary.balanceCents;
            primary.balanceCents += moved;
            secondary.balanceCents = 0;
            return moved;
        });
    }

    private static <T> T withBoth(Ledger a, Ledger b, Supplier<T> action) {
        Ledger first = a.id < b.id ? a : b;
        Ledger second = first == a ? b : a;
        synchronized (first) {
            synchronized (second) {
                return action.get();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        LedgerTransferCoordinator coordinator = new LedgerTransferCoordinator();
        Ledger alice = new Ledger("alice", 1_000_000);
        Ledger bob = new Ledger("bob", 1_000_000);
        Thread t1 = new Thread(() -> {
            for (int i = 0; i < 100_000; i++) {
                coordinator.transfer(alice, bob, 3);
            }
        });
        Thread t2 = new Thread(() -> {
            for (int i = 0; i < 100_000; i++) {
                coordinator.transfer(bob, alice, 5);
                coordinator.consolidate(bob, alice);
            }
        });
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        System.out.println(alice.balance() + bob.balance());
    }
}
