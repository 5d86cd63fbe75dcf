package races.unguardedread;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The look-alike of impl.GoodSlotsUsedOnlyUnderOwnersMonitor in a package the project exports: clients
 * may use the pool directly, and {@code acquire} reads {@code items} without the monitor
 * {@code close} writes it under.
 */
public class BadSlotsOfExportedPackageReadUnlocked {
    private BlockingQueue<byte[]> items = new ArrayBlockingQueue<>(16);

    public byte[] acquire() {
        byte[] b = items.poll(); // expect: UnguardedRead['`items` is read without `this`, which guards every write to `items`']
        return b != null ? b : new byte[4096];
    }

    public synchronized void close() {
        items = null;
    }

    /** The pool's owner: every use of the pool holds the owner's monitor. */
    public static class Owner {
        private final BadSlotsOfExportedPackageReadUnlocked pool = new BadSlotsOfExportedPackageReadUnlocked();

        public synchronized byte[] take() {
            return pool.acquire();
        }

        public synchronized void close() {
            pool.close();
        }
    }
}
