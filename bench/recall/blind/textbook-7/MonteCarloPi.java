// EXPECT: none
package probe7c; import java.util.concurrent.ThreadLocalRandom;

/**
 * Estimates pi by throwing random darts from several threads. Every thread
 * counts its hits in a shared array, using the index it was given.
 */
public class MonteCarloPi {

    private final int threads;
    private final long dartsPerThread;
    private final long[] hits;

    public MonteCarloPi(int threads, long dartsPerThread) {
        this.threads = threads;
        this.dartsPerThread = dartsPerThread;
        this.hits = new long[threads];
    }

    private void throwDarts(int slot) {
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        for (long i = 0; i < dartsPerThread; i++) {
            double x = rnd.nextDouble();
            double y = rnd.nextDouble();
            if (x * x + y * y <= 1.0) {
                hits[slot]++; // OK: each thread increments only its own slot (slot == thread index), so no two threads touch the same element; main reads the array only after join()
            }
        }
    }

    public double estimate() throws InterruptedException {
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            final int slot = t;
            workers[t] = new Thread(() -> throwDarts(slot), "darts-" + t);
            workers[t].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        long inside = 0;
        for (long h : hits) {
            inside += h;
        }
        return 4.0 * inside / (threads * dartsPerThread);
    }

    public static void main(String[] args) throws InterruptedException {
        int n = Runtime.getRuntime().availableProcessors();
        MonteCarloPi pi = new MonteCarloPi(n, 2_000_000);
        double estimate = pi.estimate();
        System.out.printf("pi ~= %.5f using %d threads%n", estimate, n);
        if (Math.abs(estimate - Math.PI) > 0.01) {
            throw new AssertionError("estimate too far off: " + estimate);
        }
    }
}
