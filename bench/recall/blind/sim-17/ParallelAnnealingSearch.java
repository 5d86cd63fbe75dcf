// EXPECT: compound-atomic-update @ line 27
package probe17c; import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs independent simulated-annealing chains for a travelling-salesman tour
 * on a worker pool. Chains report every improvement to a shared incumbent so
 * that the best tour length found so far can be monitored and used for early
 * termination.
 */
public class ParallelAnnealingSearch {

    private final double[][] cities;
    private final AtomicLong bestLengthMicros = new AtomicLong(Long.MAX_VALUE);

    public ParallelAnnealingSearch(double[][] cities) {
        this.cities = cities;
    }

    void report(double length) {
        long micros = Math.round(length * 1_000_000);
        if (micros < bestLengthMicros.get()) bestLengthMicros.set(micros); // BUG: check-then-set on an AtomicLong is not atomic; a chain can overwrite a better incumbent reported concurrently by another chain
    }

    public double bestLength() {
        return bestLengthMicros.get() / 1_000_000.0;
    }

    void runChain(long seed, int iterations) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = cities.length;
        int[] tour = new int[n];
        for (int i = 0; i < n; i++) {
            tour[i] = i;
        }
        double length = length(tour);
        double temperature = 10.0;
        for (int it = 0; it < iterations; it++) {
            int i = 1 + rnd.nextInt(n - 1);
            int j = 1 + rnd.nextInt(n - 1);
            if (i == j) {
                continue;
            }
            swap(tour, i, j);
            double candidate = length(tour);
            if (candidate < length || rnd.nextDouble() < Math.exp((length - candidate) / temperature)) {
                if (candidate < length) {
                    report(candidate);
                }
                length = candidate;
            } else {
                swap(tour, i, j);
            }
            temperature *= 0.9995;
        }
    }

    private double length(int[] tour) {
        double total = 0.0;
        for (int k = 0; k < tour.length; k++) {
            double[] p = cities[tour[k]];
            double[] q = cities[tour[(k + 1) % tour.length]];
            total += Math.hypot(p[0] - q[0], p[1] - q[1]);
        }
        return total;
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    public static void main(String[] args) throws InterruptedException {
        SplittableRandom layout = new SplittableRandom(42);
        double[][] cities = new double[60][];
        for (int i = 0; i < cities.length; i++) {
            cities[i] = new double[] {layout.nextDouble(100), layout.nextDouble(100)};
        }
        ParallelAnnealingSearch search = new ParallelAnnealingSearch(cities);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Long> seeds = new ArrayList<>();
        for (long s = 1; s <= 16; s++) {
            seeds.add(s * 7919);
        }
        for (long seed : seeds) {
            pool.execute(() -> search.runChain(seed, 200_000));
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        System.out.printf("best tour length %.3f%n", search.bestLength());
    }
}
