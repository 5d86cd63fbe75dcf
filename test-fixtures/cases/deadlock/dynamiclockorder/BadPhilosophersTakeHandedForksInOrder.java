package deadlock.dynamiclockorder;

/**
 * Dining philosophers: each is handed its left and right fork and takes left, then right. The forks
 * are wired in a ring, so one philosopher's right fork is the next one's left; with all of them eating
 * at once, each can hold its left fork and wait forever for its right.
 */
public class BadPhilosophersTakeHandedForksInOrder {

    static final class Fork {
        final int id;

        Fork(int id) {
            this.id = id;
        }
    }

    static final class Philosopher implements Runnable {
        private final Fork left;
        private final Fork right;
        private int meals;

        Philosopher(Fork left, Fork right) {
            this.left = left;
            this.right = right;
        }

        @Override
        public void run() {
            for (int i = 0; i < 1000; i++) {
                synchronized (left) {
                    synchronized (right) { // expect: DynamicLockOrder['`right` is locked while holding `left`: both hold `Fork` objects the object was handed']
                        meals++;
                    }
                }
            }
        }
    }

    public static void dine(int n) throws InterruptedException {
        Fork[] forks = new Fork[n];
        for (int i = 0; i < n; i++) {
            forks[i] = new Fork(i);
        }
        Thread[] threads = new Thread[n];
        for (int i = 0; i < n; i++) {
            Philosopher p = new Philosopher(forks[i], forks[(i + 1) % n]);
            threads[i] = new Thread(p);
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }
}
