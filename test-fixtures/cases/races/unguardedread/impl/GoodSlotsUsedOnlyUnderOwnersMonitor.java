package races.unguardedread.impl;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A bounded pool of buffers in a package the project keeps for itself ({@code impl}): its one user, the
 * owner below, calls it only inside its own synchronized methods, so {@code acquire} and {@code close}
 * never run at once, though {@code acquire} reads {@code items} without the pool's monitor. No client
 * outside the project calls the pool directly (hadoop's fs.impl.prefetch BoundedResourcePool, called
 * only from BufferPool's synchronized methods).
 */
public class GoodSlotsUsedOnlyUnderOwnersMonitor {
    private BlockingQueue<byte[]> items = new ArrayBlockingQueue<>(16);

    public byte[] acquire() {
        byte[] b = items.poll();
        return b != null ? b : new byte[4096];
    }

    public synchronized void close() {
        items = null;
    }

    /** The pool's owner: every use of the pool holds the owner's monitor. */
    public static class Owner {
        private final GoodSlotsUsedOnlyUnderOwnersMonitor pool = new GoodSlotsUsedOnlyUnderOwnersMonitor();

        public synchronized byte[] take() {
            return pool.acquire();
        }

        public synchronized void close() {
            pool.close();
        }
    }
}
