// EXPECT: none
package probe17c; import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;
import java.util.function.DoubleUnaryOperator;

/**
 * Adaptive Simpson integration that refines sub-intervals in parallel. Each
 * interval whose error estimate is too large is split in two and both halves
 * are refined as separate tasks on the solver's fork/join pool.
 */
public class ForkJoinQuadratureSolver implements AutoCloseable {

    private static final int MAX_DEPTH = 30;

    private final ForkJoinPool pool;
    private final DoubleUnaryOperator f;

    public ForkJoinQuadratureSolver(DoubleUnaryOperator f, int parallelism) {
        this.f = f;
        this.pool = new ForkJoinPool(parallelism);
    }

    public double integrate(double a, double b, double tolerance) {
        return pool.invoke(new Segment(a, b, simpson(a, b), tolerance, 0));
    }

    private final class Segment extends RecursiveTask<Double> {
        private final double a;
        private final double b;
        private final double whole;
        private final double tolerance;
        private final int depth;

        Segment(double a, double b, double whole, double tolerance, int depth) {
            this.a = a;
            this.b = b;
            this.whole = whole;
            this.tolerance = tolerance;
            this.depth = depth;
        }

        @Override
        protected Double compute() {
            double m = 0.5 * (a + b);
            double left = simpson(a, m);
            double right = simpson(m, b);
            double error = left + right - whole;
            if (depth >= MAX_DEPTH || Math.abs(error) <= 15.0 * tolerance) {
                return left + right + error / 15.0;
            }
            Segment lower = new Segment(a, m, left, tolerance / 2, depth + 1);
            Segment upper = new Segment(m, b, right, tolerance / 2, depth + 1);
            lower.fork();
            double upperValue = upper.compute();
            return lower.join() + upperValue; // OK: ForkJoinTask.join inside the pool runs or steals pending subtasks (or compensates) instead of parking the worker, so the pool cannot starve
        }
    }

    private double simpson(double a, double b) {
        double m = 0.5 * (a + b);
        return (b - a) / 6.0 * (f.applyAsDouble(a) + 4.0 * f.applyAsDouble(m) + f.applyAsDouble(b));
    }

    @Override
    public void close() {
        pool.shutdown();
    }

    public static void main(String[] args) {
        DoubleUnaryOperator oscillating = x -> Math.sin(1.0 / x) * x;
        try (ForkJoinQuadratureSolver solver = new ForkJoinQuadratureSolver(oscillating, 4)) {
            System.out.printf("integral = %.10f%n", solver.integrate(0.01, 1.0, 1e-9));
        }
    }
}
