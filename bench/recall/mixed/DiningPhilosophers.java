// EXPECT: deadlock-lock-order @ line 35
package recall3;

/**
 * Dining philosophers: each philosopher picks up the fork on the left and then the fork on
 * the right. With all five starting at once a cyclic wait is possible.
 */
public class DiningPhilosophers {

    static final class Fork {
        final int id;

        Fork(int id) {
            this.id = id;
        }
    }

    static final class Philosopher implements Runnable {
        private final String name;
        private final Fork left;
        private final Fork right;
        private int meals;

        Philosopher(String name, Fork left, Fork right) {
            this.name = name;
            this.left = left;
            this.right = right;
        }

        @Override
        public void run() {
            for (int i = 0; i < 10_000; i++) {
                Thread.yield(); // think
                synchronized (left) {
                    synchronized (right) {
                        meals++;
                    }
                }
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        int n = 5;
        Fork[] forks = new Fork[n];
        for (int i = 0; i < n; i++) {
            forks[i] = new Fork(i);
        }
        Philosopher[] philosophers = new Philosopher[n];
        Thread[] threads = new Thread[n];
        for (int i = 0; i < n; i++) {
            philosophers[i] = new Philosopher("P" + i, forks[i], forks[(i + 1) % n]);
            threads[i] = new Thread(philosophers[i], philosophers[i].name);
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        for (Philosopher p : philosophers) {
            System.out.println(p.name + " ate " + p.meals + " times");
        }
    }
}
