// EXPECT: thread-starvation-deadlock @ line 42
package probe17c; import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.DoubleUnaryOperator;

/**
 * Adaptive Simpson integration that refines sub-intervals in parallel. Each
 * interval whose error estimate is too large is split in two and both halves
 * are refined as separate tasks on the solver's worker pool.
 */
public class AdaptiveQuadratureSolver implements AutoCloseable {

    private static final int MAX_DEPTH = 30;

    private final ExecutorService workers;
    private final DoubleUnaryOperator f;

    public AdaptiveQuadratureSolver(DoubleUnaryOperator f, int threads) {
        this.f = f;
        this.workers = Executors.newFixedThreadPool(threads);
    }

    public double integrate(double a, double b, double tolerance)
            throws InterruptedException, ExecutionException {
        double whole = simpson(a, b);
        return workers.submit(() -> refine(a, b, whole, tolerance, 0)).get();
    }

    private double refine(double a, double b, double whole, double tolerance, int depth)
            throws InterruptedException, ExecutionException {
        double m = 0.5 * (a + b);
        double left = simpson(a, m);
        double right = simpson(m, b);
        double error = left + right - whole;
        if (depth >= MAX_DEPTH || Math.abs(error) <= 15.0 * tolerance) {
            return left + right + error / 15.0;
        }
        Future<Double> lower = workers.submit(() -> refine(a, m, left, tolerance / 2, depth + 1));
        Future<Double> upper = workers.submit(() -> refine(m, b, right, tolerance / 2, depth + 1));
        return lower.get() + upper.get(); // BUG: pool worker blocks on subtasks queued to the same bounded pool; once all threads wait on children, nothing runs them (starvation deadlock)
    }

    private double simpson(double a, double b) {
        double m = 0.5 * (a + b);
        return (b - a) / 6.0 * (f.applyAsDouble(a) + 4.0 * f.applyAsDouble(m) + f.applyAsDouble(b));
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    public static void main(String[] args) throws Exception {
        DoubleUnaryOperator oscillating = x -> Math.sin(1.0 / x) * x;
        try (AdaptiveQuadratureSolver solver = new AdaptiveQuadratureSolver(oscillating, 4)) {
            double value = solver.integrate(0.01, 1.0, 1e-9);
            System.out.printf("integral = %.10f%n", value);
        }
    }
}
