package races.unguardedwrite;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;

/**
 * The validation tasks each count the latch down once their records are checked, and the number of
 * invalid records is read after await(): the read sees every task's increments, but the tasks increment
 * one plain field at the same time and lose some: the latch orders each task before the read, not the
 * tasks among themselves.
 */
public class BadCounterOfTasksCountingDownLatch {
    private int invalid;

    public int validate(List<String> records, Executor validators) throws InterruptedException {
        CountDownLatch checked = new CountDownLatch(records.size());
        for (String record : records) {
            validators.execute(() -> {
                if (record.indexOf('=') < 0) {
                    invalid++; // expect: UnguardedWrite['`invalid` is updated without a lock, by a task that runs on another thread; two threads can run it at once']
                }
                checked.countDown();
            });
        }
        checked.await();
        return invalid;
    }
}
