package misuse.ignoredfuture;

import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The recomputing value takes its executor from whoever builds it; the program's only builder hands it
 * an executor from its factory, whose only implementation in the program makes executors that report
 * every task's failure in {@code afterExecute}; a client may install another factory, or construct the
 * value with a plain pool. Nothing is lost with the executors the program shows, so the dropped future
 * is a note, not a warning (cassandra's RecomputingSupplier with Gossiper's executor).
 */
public class BadExecutorHandedInByOwnReportingCaller {

    /** Reports each task's failure once it has run. */
    static final class GossipExecutor extends ThreadPoolExecutor {
        GossipExecutor() {
            super(1, 1, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>());
        }

        @Override
        protected void afterExecute(Runnable r, Throwable t) {
            super.afterExecute(r, t);
            if (t == null && r instanceof Future<?> f && f.isDone()) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    System.err.println("task failed: " + e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** A value computed again, on the executor it is given, whenever asked. */
    public static final class Recomputing<T> {
        private final Supplier<T> supplier;
        private final ExecutorService executor;
        private volatile T value;

        public Recomputing(Supplier<T> supplier, ExecutorService executor) {
            this.supplier = supplier;
            this.executor = executor;
        }

        public void recompute() {
            executor.submit(() -> value = Objects.requireNonNull(supplier.get(), "no value")); // expect: IgnoredFuture['which the program only hands executors that report their failures']
        }

        public T value() {
            return value;
        }
    }

    /** Makes the executors of the program; a client may install its own. */
    public interface ExecutorFactory {
        ExecutorService sequential(String name);
    }

    static final class ReportingFactory implements ExecutorFactory {
        @Override
        public ExecutorService sequential(String name) {
            return new GossipExecutor();
        }
    }

    private static volatile ExecutorFactory factory = new ReportingFactory();

    public static void installFactory(ExecutorFactory custom) {
        factory = custom;
    }

    private final Recomputing<String> version = new Recomputing<>(() -> "4.1", factory.sequential("gossip"));

    public void refresh() {
        version.recompute();
    }
}
