// EXPECT: none
package probe5.batch;

// OK: each worker writes only its own slot, and the coordinator reads the slots only after join() on every worker (join gives happens-before)
import java.util.Arrays;

/**
 * Computes the sum of squares of a large sample vector with a classic
 * fork/join-by-hand layout: one thread per worker, each writing its partial
 * result into its own slot of a shared array.
 */
public class PerWorkerSlotSummer {

    private final double[] samples;
    private final double[] partials;
    private final Thread[] workers;

    public PerWorkerSlotSummer(double[] samples, int workerCount) {
        this.samples = samples;
        this.partials = new double[workerCount];
        this.workers = new Thread[workerCount];
    }

    private double sumOfSquares(int from, int to) {
        double acc = 0;
        for (int i = from; i < to; i++) {
            acc += samples[i] * samples[i];
        }
        return acc;
    }

    /** Runs all workers and combines their slots; call once per instance. */
    public double compute() throws InterruptedException {
        int n = workers.length;
        int chunk = (samples.length + n - 1) / n;
        for (int w = 0; w < n; w++) {
            final int slot = w;
            final int from = Math.min(w * chunk, samples.length);
            final int to = Math.min(from + chunk, samples.length);
            workers[w] = new Thread(() -> partials[slot] = sumOfSquares(from, to), "sq-" + w);
            workers[w].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double total = 0;
        for (double p : partials) {
            total += p;
        }
        return total;
    }

    /** Copy of the per-worker partials; only meaningful after {@link #compute()}. */
    public double[] partialsSnapshot() {
        return Arrays.copyOf(partials, partials.length);
    }

    public static void main(String[] args) throws InterruptedException {
        double[] data = new double[1_000_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = Math.sin(i);
        }
        PerWorkerSlotSummer summer = new PerWorkerSlotSummer(data, 6);
        System.out.println("sum of squares = " + summer.compute());
        System.out.println("partials = " + Arrays.toString(summer.partialsSnapshot()));
    }
}
