package atomicity.nonatomicvolatileupdate;

import com.google.common.util.concurrent.MoreExecutors;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Guava's sequential executor runs the tasks given to it one at a time on the pool's threads, each after
 * the one before: the updates of the volatile counter never overlap, so none is lost.
 */
public class GoodUpdatedOnGuavaSequentialExecutor {
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final Executor inTurn = MoreExecutors.newSequentialExecutor(pool);
    private volatile long applied;

    public void apply(Runnable change) {
        inTurn.execute(() -> {
            change.run();
            applied++;
        });
    }

    public long applied() {
        return applied;
    }
}
