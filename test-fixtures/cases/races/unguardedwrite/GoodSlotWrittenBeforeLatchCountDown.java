package races.unguardedwrite;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;

/**
 * The look-alike: each download task stores its page's size and then reports the page fetched (a helper
 * counts the latch down); the caller's loop over the sizes runs after await(), which returns only once
 * every task has counted down, so it sees every cell written.
 */
public class GoodSlotWrittenBeforeLatchCountDown {
    private final int[] pageSizes = new int[16];
    private final CountDownLatch fetched = new CountDownLatch(16);

    private void markFetched(int page) {
        fetched.countDown();
    }

    public long totalBytes(ExecutorService downloads) throws InterruptedException {
        for (int p = 0; p < pageSizes.length; p++) {
            int page = p;
            downloads.submit(() -> {
                pageSizes[page] = 512 + page;
                markFetched(page);
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
