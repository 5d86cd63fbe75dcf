// EXPECT: none
package probe5.batch;

// OK: workers write only their own range of `next` and read `current` only after the barrier; the buffer swap runs in the barrier action, which happens-before every worker's return from await(); the result is read after join()
import java.util.Arrays;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One-dimensional heat diffusion computed in lock-step phases. Each worker
 * owns a contiguous range of cells; a {@link CyclicBarrier} separates time
 * steps and its barrier action swaps the double buffers.
 */
public class BarrierHeatDiffusion {

    private final int workers;
    private final int steps;
    private double[] current;
    private double[] next;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    public BarrierHeatDiffusion(int workers, int steps) {
        this.workers = workers;
        this.steps = steps;
    }

    private void swapBuffers() {
        double[] tmp = current;
        current = next;
        next = tmp;
    }

    private void relax(int from, int to) {
        int last = current.length - 1;
        for (int i = from; i < to; i++) {
            double left = current[Math.max(i - 1, 0)];
            double right = current[Math.min(i + 1, last)];
            next[i] = (left + current[i] + right) / 3.0;
        }
    }

    /** Runs the simulation; call once per instance. */
    public double[] run(double[] initial) throws InterruptedException {
        current = initial.clone();
        next = new double[current.length];
        CyclicBarrier barrier = new CyclicBarrier(workers, this::swapBuffers);
        Thread[] threads = new Thread[workers];
        int chunk = (current.length + workers - 1) / workers;
        for (int w = 0; w < workers; w++) {
            final int from = Math.min(w * chunk, current.length);
            final int to = Math.min(from + chunk, current.length);
            threads[w] = new Thread(() -> {
                try {
                    for (int s = 0; s < steps; s++) {
                        relax(from, to);
                        barrier.await();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure.compareAndSet(null, e);
                } catch (BrokenBarrierException e) {
                    failure.compareAndSet(null, e);
                }
            }, "diffusion-" + w);
            threads[w].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("simulation aborted", failure.get());
        }
        return current.clone();
    }

    public static void main(String[] args) throws InterruptedException {
        double[] rod = new double[64];
        rod[32] = 1000.0;
        double[] result = new BarrierHeatDiffusion(4, 100).run(rod);
        System.out.println(Arrays.toString(Arrays.copyOfRange(result, 28, 37)));
    }
}
