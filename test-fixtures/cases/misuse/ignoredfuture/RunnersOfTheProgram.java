package misuse.ignoredfuture;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The program's way to run work, with two implementations: one hands the task to a pool (a failure ends
 * in the future it returns), the other runs it on the caller's thread (a failure is thrown to the caller).
 */
public interface RunnersOfTheProgram {

    Future<?> run(Runnable task);

    /** Hands the task to a pool. */
    final class Pooled implements RunnersOfTheProgram {
        private final ExecutorService pool = Executors.newFixedThreadPool(2);

        @Override
        public Future<?> run(Runnable task) {
            return pool.submit(task);
        }
    }

    /** Runs the task at once, on the caller's thread. */
    final class Inline implements RunnersOfTheProgram {
        @Override
        public Future<?> run(Runnable task) {
            task.run();
            return CompletableFuture.completedFuture(null);
        }
    }
}
