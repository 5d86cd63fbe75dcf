// EXPECT: none
package probe4.safe;

import java.util.Arrays;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

// 1-D heat diffusion solver split into fixed segments, one worker per segment.
// OK: each step workers write only their own segment of 'next'; the CyclicBarrier (and its swap action) orders all writes before any neighbour reads
public class BarrierGridSimulation {

    private double[] current;
    private double[] next;
    private int stepsDone;
    private final CyclicBarrier barrier;
    private final int workers;

    public BarrierGridSimulation(int cells, int workers) {
        this.current = new double[cells];
        this.next = new double[cells];
        this.current[cells / 2] = 1000.0;
        this.workers = workers;
        this.barrier = new CyclicBarrier(workers, () -> {
            double[] tmp = current;
            current = next;
            next = tmp;
            stepsDone++;
        });
    }

    private void runSegment(int from, int to, int steps) throws InterruptedException, BrokenBarrierException {
        for (int s = 0; s < steps; s++) {
            double[] src = current;
            double[] dst = next;
            for (int i = from; i < to; i++) {
                double left = i > 0 ? src[i - 1] : src[i];
                double right = i < src.length - 1 ? src[i + 1] : src[i];
                dst[i] = src[i] + 0.25 * (left - 2 * src[i] + right);
            }
            barrier.await();
        }
    }

    public double[] run(int steps) throws InterruptedException {
        Thread[] threads = new Thread[workers];
        int chunk = (current.length + workers - 1) / workers;
        for (int w = 0; w < workers; w++) {
            final int from = w * chunk;
            final int to = Math.min(current.length, from + chunk);
            threads[w] = new Thread(() -> {
                try {
                    runSegment(from, to, steps);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (BrokenBarrierException e) {
                    throw new IllegalStateException(e);
                }
            }, "heat-" + w);
            threads[w].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return current.clone();
    }

    public static void main(String[] args) throws InterruptedException {
        BarrierGridSimulation sim = new BarrierGridSimulation(64, 4);
        double[] result = sim.run(200);
        double energy = Arrays.stream(result).sum();
        System.out.printf("steps=%d energy=%.4f centre=%.4f%n", sim.stepsDone, energy, result[32]);
    }
}
