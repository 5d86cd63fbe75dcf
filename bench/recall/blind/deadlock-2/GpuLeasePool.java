// EXPECT: condition-await-if-not-while @ line 42
package probe2.dl;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Hands out exclusive leases on the local accelerator devices to inference jobs.
 */
public class GpuLeasePool {

    public static final class Lease {
        private final int deviceId;
        private long leasedAtNanos;

        Lease(int deviceId) {
            this.deviceId = deviceId;
        }

        public int deviceId() {
            return deviceId;
        }
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition released = lock.newCondition();
    private final Deque<Lease> idle = new ArrayDeque<>();
    private int outstanding;

    public GpuLeasePool(int devices) {
        for (int i = 0; i < devices; i++) {
            idle.addLast(new Lease(i));
        }
    }

    public Lease acquire() throws InterruptedException {
        lock.lock();
        try {
            if (idle.isEmpty()) {
                released.await(); // BUG: await guarded by if, not while; after a spurious wakeup or when tryAcquireNow() barges in first, idle is still empty and pollFirst() yields null
            }
            Lease lease = idle.pollFirst();
            lease.leasedAtNanos = System.nanoTime();
            outstanding++;
            return lease;
        } finally {
            lock.unlock();
        }
    }

    /** Non-blocking variant used by latency-sensitive callers; may barge ahead of waiters. */
    public Lease tryAcquireNow() {
        lock.lock();
        try {
            Lease lease = idle.pollFirst();
            if (lease != null) {
                lease.leasedAtNanos = System.nanoTime();
                outstanding++;
            }
            return lease;
        } finally {
            lock.unlock();
        }
    }

    public void release(Lease lease) {
        lock.lock();
        try {
            outstanding--;
            idle.addLast(lease);
            released.signal();
        } finally {
            lock.unlock();
        }
    }

    public int outstanding() {
        lock.lock();
        try {
            return outstanding;
        } finally {
            lock.unlock();
        }
    }
}
