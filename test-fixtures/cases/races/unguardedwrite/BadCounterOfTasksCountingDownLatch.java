package races.unguardedwrite;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The tasks each count the latch down after their work, and the total is read after await(): the read
 * sees every task's increments, but the tasks increment one plain field at the same time, and lose
 * some: the latch orders each task before the read, not the tasks among themselves.
 */
public class BadCounterOfTasksCountingDownLatch {
    private int rowsImported;

    public int run(List<List<String>> chunks) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(chunks.size());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (List<String> chunk : chunks) {
                pool.execute(() -> {
                    try {
                        for (String row : chunk) {
                            if (!row.isBlank()) {
                                rowsImported++; // expect: UnguardedWrite['`rowsImported` is updated without a lock, by a task that runs on another thread; two threads can run it at once']
                            }
                        }
                    } finally {
                        done.countDown();
                    }
                });
            }
            done.await();
        } finally {
            pool.shutdown();
        }
        return rowsImported;
    }
}
