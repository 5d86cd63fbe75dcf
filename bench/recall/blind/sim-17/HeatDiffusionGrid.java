// EXPECT: none
package probe17c; import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * Jacobi relaxation of a rectangular heat plate. The interior rows are split
 * into bands, one worker thread per band. Workers advance in lock-step through
 * a CyclicBarrier whose barrier action swaps the buffers and decides whether
 * the iteration has converged.
 */
public class HeatDiffusionGrid {

    private final int rows;
    private final int cols;
    private final double tolerance;
    private final int maxSteps;

    private double[][] current;
    private double[][] next;
    private double[] bandDelta;
    private int steps;
    private boolean converged; // OK: written only by the barrier action, which happens-before every worker's return from await()

    public HeatDiffusionGrid(int rows, int cols, double hotEdge, double tolerance, int maxSteps) {
        this.rows = rows;
        this.cols = cols;
        this.tolerance = tolerance;
        this.maxSteps = maxSteps;
        this.current = new double[rows][cols];
        this.next = new double[rows][cols];
        for (int c = 0; c < cols; c++) {
            current[0][c] = hotEdge;
            next[0][c] = hotEdge;
        }
    }

    public int solve(int workers) throws InterruptedException {
        bandDelta = new double[workers];
        CyclicBarrier barrier = new CyclicBarrier(workers, this::finishStep);
        Thread[] threads = new Thread[workers];
        int interior = rows - 2;
        int band = (interior + workers - 1) / workers;
        for (int w = 0; w < workers; w++) {
            int from = Math.min(rows - 1, 1 + w * band);
            int to = Math.min(rows - 1, from + band);
            int id = w;
            threads[w] = new Thread(() -> relaxBand(id, from, to, barrier), "heat-band-" + w);
            threads[w].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return steps;
    }

    private void relaxBand(int id, int from, int to, CyclicBarrier barrier) {
        try {
            while (!converged) {
                double[][] src = current;
                double[][] dst = next;
                double delta = 0.0;
                for (int r = from; r < to; r++) {
                    for (int c = 1; c < cols - 1; c++) {
                        double v = 0.25 * (src[r - 1][c] + src[r + 1][c] + src[r][c - 1] + src[r][c + 1]);
                        delta = Math.max(delta, Math.abs(v - src[r][c]));
                        dst[r][c] = v;
                    }
                }
                bandDelta[id] = delta;
                barrier.await();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (BrokenBarrierException e) {
            throw new IllegalStateException("relaxation aborted", e);
        }
    }

    private void finishStep() {
        double[][] tmp = current;
        current = next;
        next = tmp;
        steps++;
        double max = 0.0;
        for (double d : bandDelta) {
            max = Math.max(max, d);
        }
        converged = max < tolerance || steps >= maxSteps;
    }

    public double temperatureAt(int r, int c) {
        return current[r][c];
    }

    public static void main(String[] args) throws InterruptedException {
        HeatDiffusionGrid grid = new HeatDiffusionGrid(64, 64, 100.0, 1e-4, 20_000);
        int steps = grid.solve(Math.max(2, Runtime.getRuntime().availableProcessors()));
        System.out.printf("converged after %d steps, centre = %.3f%n", steps, grid.temperatureAt(32, 32));
    }
}
