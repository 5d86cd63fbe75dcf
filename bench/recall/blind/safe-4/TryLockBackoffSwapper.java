// EXPECT: none
package probe4.safe;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

// Rebalances shelf slots between two warehouses; callers pass the pair in arbitrary order.
// OK: locks are taken in caller order but only via tryLock with timeout; on failure everything is released and the thread backs off, so no deadlock; unlocks are in finally
public class TryLockBackoffSwapper {

    static final class Warehouse {
        final String name;
        final ReentrantLock lock = new ReentrantLock();
        private int pallets; // guarded by lock

        Warehouse(String name, int pallets) {
            this.name = name;
            this.pallets = pallets;
        }

        int pallets() {
            lock.lock();
            try {
                return pallets;
            } finally {
                lock.unlock();
            }
        }
    }

    public static boolean move(Warehouse src, Warehouse dst, int count) throws InterruptedException {
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        while (true) {
            if (src.lock.tryLock(1, TimeUnit.MILLISECONDS)) {
                try {
                    if (dst.lock.tryLock(1, TimeUnit.MILLISECONDS)) {
                        try {
                            if (src.pallets < count) {
                                return false;
                            }
                            src.pallets -= count;
                            dst.pallets += count;
                            return true;
                        } finally {
                            dst.lock.unlock();
                        }
                    }
                } finally {
                    src.lock.unlock();
                }
            }
            TimeUnit.MICROSECONDS.sleep(rnd.nextInt(50, 500));
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Warehouse hamburg = new Warehouse("hamburg", 5_000);
        Warehouse rotterdam = new Warehouse("rotterdam", 5_000);
        Thread eastbound = new Thread(() -> {
            try {
                for (int i = 0; i < 3_000; i++) {
                    move(hamburg, rotterdam, 2);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "eastbound");
        Thread westbound = new Thread(() -> {
            try {
                for (int i = 0; i < 3_000; i++) {
                    move(rotterdam, hamburg, 3);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "westbound");
        eastbound.start();
        westbound.start();
        eastbound.join();
        westbound.join();
        System.out.println(hamburg.name + "=" + hamburg.pallets() + " " + rotterdam.name + "=" + rotterdam.pallets()
                + " total=" + (hamburg.pallets() + rotterdam.pallets()));
    }
}
