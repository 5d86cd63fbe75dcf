package races.unguardedwrite;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;

/**
 * Each download task reports its page fetched (a helper counts the latch down) and only then stores the
 * page's size: the caller's await() orders what a task did before its countDown, not after, so the loop
 * over the sizes can read a cell before its task has written it.
 */
public class BadSlotWrittenAfterLatchCountDown {
    private final int[] pageSizes = new int[16];
    private final CountDownLatch fetched = new CountDownLatch(16);

    private void markFetched(int page) {
        fetched.countDown();
    }

    public long totalBytes(ExecutorService downloads) throws InterruptedException {
        for (int p = 0; p < pageSizes.length; p++) {
            int page = p;
            downloads.submit(() -> {
                int size = 512 + page;
                markFetched(page);
                pageSizes[page] = size; // expect: UnguardedWrite['an element of `pageSizes` changes `pageSizes` without a lock, by a task']
            });
        }
        fetched.await();
        long total = 0;
        for (int size : pageSizes) {
            total += size;
        }
        return total;
    }
}
