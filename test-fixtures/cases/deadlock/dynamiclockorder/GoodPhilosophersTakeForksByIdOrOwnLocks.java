package deadlock.dynamiclockorder;

/**
 * The look-alikes: the same ring of philosophers, but each takes the fork with the lower id first (one
 * global order, no cycle); and a ledger nests two locks it made itself, always in one order.
 */
public class GoodPhilosophersTakeForksByIdOrOwnLocks {

    static final class OrderedFork {
        final int id;

        OrderedFork(int id) {
            this.id = id;
        }
    }

    static final class OrderedPhilosopher implements Runnable {
        private final OrderedFork left;
        private final OrderedFork right;
        private int meals;

        OrderedPhilosopher(OrderedFork left, OrderedFork right) {
            this.left = left;
            this.right = right;
        }

        @Override
        public void run() {
            OrderedFork first = left.id < right.id ? left : right;
            OrderedFork second = left.id < right.id ? right : left;
            for (int i = 0; i < 1000; i++) {
                synchronized (first) {
                    synchronized (second) {
                        meals++;
                    }
                }
            }
        }
    }

    static final class Ledger implements Runnable {
        private final Object accounts = new Object();
        private final Object journal = new Object();
        private int entries;

        @Override
        public void run() {
            for (int i = 0; i < 1000; i++) {
                synchronized (accounts) {
                    synchronized (journal) {
                        entries++;
                    }
                }
            }
        }
    }

    public static void dine(int n) throws InterruptedException {
        OrderedFork[] forks = new OrderedFork[n];
        for (int i = 0; i < n; i++) {
            forks[i] = new OrderedFork(i);
        }
        Thread[] threads = new Thread[n];
        Ledger ledger = new Ledger();
        for (int i = 0; i < n; i++) {
            threads[i] = new Thread(new OrderedPhilosopher(forks[i], forks[(i + 1) % n]));
            threads[i].start();
            new Thread(ledger).start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }
}
