package atomicity.nonatomicvolatileupdate;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A program's own executor factory: how many threads an executor gets is a parameter fearless cannot
 * follow to a constant, so only the documentation says which executors run one task at a time.
 */
public interface ExecutorsOfTheProgram {

    /** Returns a sequential (single-threaded) executor: its tasks run one at a time, in submission order. */
    ExecutorService sequential(String name);

    /** Configures a sequential executor, to be built once the queue and handler are set. */
    Builder configureSequential(String name);

    /** Returns a pool of {@code threads} threads. */
    ExecutorService pooled(String name, int threads);

    /** Settings of an executor before it is built. */
    final class Builder {
        private final int threads;
        private int queueLimit = Integer.MAX_VALUE;

        Builder(int threads) {
            this.threads = threads;
        }

        public Builder withQueueLimit(int limit) {
            this.queueLimit = limit;
            return this;
        }

        public ExecutorService build() {
            return new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(queueLimit));
        }
    }

    /** The factory the program uses. */
    final class Default implements ExecutorsOfTheProgram {
        @Override
        public ExecutorService sequential(String name) {
            return configureSequential(name).build();
        }

        @Override
        public Builder configureSequential(String name) {
            return new Builder(1);
        }

        @Override
        public ExecutorService pooled(String name, int threads) {
            return new Builder(threads).build();
        }
    }
}
