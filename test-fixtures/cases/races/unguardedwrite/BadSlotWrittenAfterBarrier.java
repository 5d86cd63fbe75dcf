package races.unguardedwrite;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * The look-alike: each worker waits at the barrier first and counts into its slot after it, so the
 * coordinator, whose await returns at the same moment, reads slots still being written.
 */
public class BadSlotWrittenAfterBarrier {
    private final long[] accepted = new long[4];

    public long aggregate() throws InterruptedException, BrokenBarrierException {
        CyclicBarrier started = new CyclicBarrier(accepted.length + 1);
        for (int w = 0; w < accepted.length; w++) {
            final int id = w;
            Thread t = new Thread(() -> {
                try {
                    started.await();
                } catch (InterruptedException | BrokenBarrierException e) {
                    return;
                }
                accepted[id] = id * 2L; // expect: UnguardedWrite['an element of `accepted` changes `accepted` without a lock, by a task']
            });
            t.start();
        }
        started.await();
        long total = 0;
        for (long n : accepted) {
            total += n;
        }
        return total;
    }
}
