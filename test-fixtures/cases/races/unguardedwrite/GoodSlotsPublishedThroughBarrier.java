package races.unguardedwrite;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * Each worker counts into its own slot and then waits at a barrier the coordinator also waits at; the
 * coordinator reads the slots once its await returns: what each party did before its await happens
 * before what the others do after theirs.
 */
public class GoodSlotsPublishedThroughBarrier {
    private final long[] accepted = new long[4];
    private final int[] samples = new int[4_000];

    public long aggregate() throws InterruptedException, BrokenBarrierException {
        CyclicBarrier finished = new CyclicBarrier(accepted.length + 1);
        int slice = samples.length / accepted.length;
        for (int w = 0; w < accepted.length; w++) {
            final int id = w;
            final int from = w * slice;
            Thread t = new Thread(() -> {
                for (int i = from; i < from + slice; i++) {
                    if (samples[i] >= 0) {
                        accepted[id]++;
                    }
                }
                try {
                    finished.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (BrokenBarrierException e) {
                    System.err.println("coordinator gave up");
                }
            });
            t.start();
        }
        finished.await();
        long total = 0;
        for (long n : accepted) {
            total += n;
        }
        return total;
    }
}
