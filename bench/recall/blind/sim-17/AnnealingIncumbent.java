// EXPECT: none
package probe17c; import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Shared incumbent for parallel simulated-annealing chains that minimise the
 * energy of a 1-D Ising-like spin chain. Chains run on a worker pool and
 * offer every improvement; the incumbent keeps the lowest energy seen.
 */
public class AnnealingIncumbent {

    private final AtomicLong bestEnergyMicros = new AtomicLong(Long.MAX_VALUE);

    public void offer(double energy) {
        long candidate = Math.round(energy * 1_000_000);
        long current = bestEnergyMicros.get();
        while (candidate < current && !bestEnergyMicros.compareAndSet(current, candidate)) { // OK: CAS only succeeds if the incumbent is still the value that was compared; on failure the fresh value is re-read and re-checked
            current = bestEnergyMicros.get();
        }
    }

    public double best() {
        return bestEnergyMicros.get() / 1_000_000.0;
    }

    static void anneal(AnnealingIncumbent incumbent, double[] couplings, long seed, int sweeps) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = couplings.length;
        int[] spins = new int[n];
        for (int i = 0; i < n; i++) {
            spins[i] = rnd.nextBoolean() ? 1 : -1;
        }
        double energy = energy(spins, couplings);
        double temperature = 5.0;
        for (int s = 0; s < sweeps; s++) {
            int i = rnd.nextInt(n);
            int left = spins[(i - 1 + n) % n];
            int right = spins[(i + 1) % n];
            double delta = 2.0 * spins[i] * (couplings[(i - 1 + n) % n] * left + couplings[i] * right);
            if (delta < 0 || rnd.nextDouble() < Math.exp(-delta / temperature)) {
                spins[i] = -spins[i];
                energy += delta;
                if (delta < 0) {
                    incumbent.offer(energy);
                }
            }
            temperature = Math.max(0.01, temperature * 0.9999);
        }
    }

    static double energy(int[] spins, double[] couplings) {
        double e = 0.0;
        for (int i = 0; i < spins.length; i++) {
            e -= couplings[i] * spins[i] * spins[(i + 1) % spins.length];
        }
        return e;
    }

    public static void main(String[] args) throws InterruptedException {
        SplittableRandom setup = new SplittableRandom(7);
        double[] couplings = new double[500];
        for (int i = 0; i < couplings.length; i++) {
            couplings[i] = setup.nextDouble(-1.0, 1.0);
        }
        AnnealingIncumbent incumbent = new AnnealingIncumbent();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (long seed = 1; seed <= 12; seed++) {
            long chainSeed = seed * 104_729;
            pool.execute(() -> anneal(incumbent, couplings, chainSeed, 400_000));
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        System.out.printf("lowest energy %.4f%n", incumbent.best());
    }
}
