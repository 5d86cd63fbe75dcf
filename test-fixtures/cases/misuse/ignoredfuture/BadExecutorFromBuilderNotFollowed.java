package misuse.ignoredfuture;

import java.util.concurrent.ExecutorService;

/**
 * The size calculator's executor comes from a builder that the program's hooks may replace: which executor
 * the task goes to, and whether it reports failures, cannot be followed, so the dropped future is a note
 * (cassandra's executorFactory().configureSequential(...).build()).
 */
public class BadExecutorFromBuilderNotFollowed {

    /** Configures an executor. */
    public interface ExecutorBuilder {
        ExecutorBuilder withQueueLimit(int limit);

        ExecutorService build();
    }

    /** Makes executor builders; the application installs its own. */
    public interface ExecutorFactory {
        ExecutorBuilder configureSequential(String name);
    }

    private static volatile ExecutorFactory factory;

    public static void install(ExecutorFactory installed) {
        factory = installed;
    }

    private ExecutorService sizeCalculator;

    public void start() {
        sizeCalculator = factory.configureSequential("size").withQueueLimit(1).build();
    }

    public void recalculateLater(Runnable calculation) {
        sizeCalculator.submit(calculation); // expect: IgnoredFuture['whose executors the analysis cannot follow']
    }
}
