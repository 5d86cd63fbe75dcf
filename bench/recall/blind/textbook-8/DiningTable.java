// EXPECT: none
package probe8c; import java.util.concurrent.ThreadLocalRandom;

// Classic dining philosophers: one thread per seat, neighbouring seats share a fork.
public class DiningTable {

    private static final class Fork {
        final int index;
        int uses; // guarded by this fork's monitor

        Fork(int index) {
            this.index = index;
        }
    }

    private final Fork[] forks;
    private final int[] mealsEaten; // slot i written only by philosopher i

    public DiningTable(int seats) {
        forks = new Fork[seats];
        for (int i = 0; i < seats; i++) {
            forks[i] = new Fork(i);
        }
        mealsEaten = new int[seats];
    }

    void dine(int seat, int meals) {
        Fork left = forks[seat];
        Fork right = forks[(seat + 1) % forks.length];
        Fork first = left.index < right.index ? left : right;
        Fork second = first == left ? right : left;
        for (int m = 0; m < meals; m++) {
            synchronized (first) {
                synchronized (second) { // OK: forks are always acquired in ascending index order, so no wait cycle can form
                    first.uses++;
                    second.uses++;
                    mealsEaten[seat]++;
                }
            }
            think();
        }
    }

    private static void think() {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        int seats = 5;
        DiningTable table = new DiningTable(seats);
        Thread[] philosophers = new Thread[seats];
        for (int i = 0; i < seats; i++) {
            final int seat = i;
            philosophers[i] = new Thread(() -> table.dine(seat, 200), "philosopher-" + i);
            philosophers[i].start();
        }
        for (Thread p : philosophers) {
            p.join();
        }
        int total = 0;
        for (int i = 0; i < seats; i++) {
            System.out.println("seat " + i + " ate " + table.mealsEaten[i] + " times");
            total += table.mealsEaten[i];
        }
        System.out.println("total meals: " + total);
    }
}
