// EXPECT: none
package probe7c; import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * A toy iterative simulation: each worker owns one region, computes the
 * region's energy for the round, and after a barrier every worker
 * normalises its region by the total energy computed in the barrier action.
 */
public class HeatSimulation {

    private static final int ROUNDS = 5;

    private final int workers;
    private final double[] energy;      // one slot per worker
    private final double[][] share;     // share[worker][round]
    private double roundTotal;          // plain field, written by the barrier action
    private final CyclicBarrier barrier;

    public HeatSimulation(int workers) {
        this.workers = workers;
        this.energy = new double[workers];
        this.share = new double[workers][ROUNDS];
        this.barrier = new CyclicBarrier(workers, () -> {
            double sum = 0;
            for (double e : energy) {
                sum += e;
            }
            roundTotal = sum;
        });
    }

    private void work(int id) {
        try {
            for (int round = 0; round < ROUNDS; round++) {
                energy[id] = (id + 1) * Math.sqrt(round + 1.0);
                barrier.await();
                share[id][round] = energy[id] / roundTotal; // OK: each worker's energy write precedes barrier.await(), which happens-before the barrier action that writes roundTotal, which happens-before await() returns here; the next round's action cannot run until this worker arrives again
            }
        } catch (InterruptedException | BrokenBarrierException e) {
            Thread.currentThread().interrupt();
        }
    }

    public double[][] run() throws InterruptedException {
        Thread[] threads = new Thread[workers];
        for (int i = 0; i < workers; i++) {
            final int id = i;
            threads[i] = new Thread(() -> work(id), "region-" + i);
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return share;
    }

    public static void main(String[] args) throws InterruptedException {
        double[][] result = new HeatSimulation(4).run();
        for (int round = 0; round < ROUNDS; round++) {
            double sum = 0;
            for (double[] region : result) {
                sum += region[round];
            }
            System.out.printf("round %d: shares sum to %.6f%n", round, sum);
        }
    }
}
