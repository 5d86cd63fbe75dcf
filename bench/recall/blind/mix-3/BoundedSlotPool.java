// EXPECT: none
package probe3.mix;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Fixed pool of render-farm slots. Jobs borrow a slot and return it when
 * finished; borrowers block while all slots are in use.
 */
// OK: the ReentrantLock is only used via lock()/unlock(), and the Condition via await()/signal() inside a while loop while holding the lock; no monitor methods on Lock/Condition
public class BoundedSlotPool {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition slotFreed = lock.newCondition();
    private final Deque<Integer> freeSlots = new ArrayDeque<>();

    public BoundedSlotPool(int slots) {
        for (int i = 0; i < slots; i++) {
            freeSlots.push(i);
        }
    }

    public int borrow() throws InterruptedException {
        lock.lock();
        try {
            while (freeSlots.isEmpty()) {
                slotFreed.await();
            }
            return freeSlots.pop();
        } finally {
            lock.unlock();
        }
    }

    public void giveBack(int slot) {
        lock.lock();
        try {
            freeSlots.push(slot);
            slotFreed.signal();
        } finally {
            lock.unlock();
        }
    }

    public int available() {
        lock.lock();
        try {
            return freeSlots.size();
        } finally {
            lock.unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        BoundedSlotPool pool = new BoundedSlotPool(3);
        ExecutorService jobs = Executors.newFixedThreadPool(10);
        for (int i = 0; i < 200; i++) {
            jobs.execute(() -> {
                try {
                    int slot = pool.borrow();
                    try {
                        Thread.sleep(1);
                    } finally {
                        pool.giveBack(slot);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        jobs.shutdown();
        jobs.awaitTermination(30, TimeUnit.SECONDS);
        System.out.println("available=" + pool.available());
    }
}
