package races.unguardedwrite;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Each task reports its partition done (a helper counts the latch down) and only then stores its
 * checksum: the coordinator's await() orders what a task did before its countDown, not after, so the
 * loop over the slots can read a slot before its task has written it.
 */
public class BadSlotWrittenAfterLatchCountDown {
    private final long[] checksums = new long[8];
    private final CountDownLatch finished = new CountDownLatch(8);

    private void partitionFinished(int index) {
        finished.countDown();
        System.out.println("partition " + index + " done");
    }

    public long scan() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int i = 0; i < checksums.length; i++) {
                final int idx = i;
                pool.execute(() -> {
                    long sum = idx * 31L;
                    partitionFinished(idx);
                    checksums[idx] = sum; // expect: UnguardedWrite['an element of `checksums` changes `checksums` without a lock, by a task']
                });
            }
            finished.await();
        } finally {
            pool.shutdown();
        }
        long combined = 0;
        for (long c : checksums) {
            combined ^= c;
        }
        return combined;
    }
}
