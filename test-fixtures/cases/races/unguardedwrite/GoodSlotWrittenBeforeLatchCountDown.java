package races.unguardedwrite;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The look-alike: each task stores its checksum and then reports its partition done (a helper counts
 * the latch down); the coordinator's loop over the slots runs after await(), which returns only once
 * every task has counted down, so it sees every slot written.
 */
public class GoodSlotWrittenBeforeLatchCountDown {
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
                    checksums[idx] = idx * 31L;
                    partitionFinished(idx);
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
