package misuse.ignoredfuture;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The same swap, but making the handle parses a setting that may be malformed: the helper undoes the
 * swap and rethrows that failure out of the task, and the dropped future swallows it.
 */
public class BadRethrowAroundParsingSwap {
    public static final class LoaderSwap implements AutoCloseable {
        private final ClassLoader saved;

        private final int depth;

        LoaderSwap(ClassLoader saved, int depth) {
            this.saved = saved;
            this.depth = depth;
        }

        @Override
        public void close() {
            Thread.currentThread().setContextClassLoader(saved);
        }
    }

    public static final class Plugins {
        public LoaderSwap withClassLoader(ClassLoader loader) {
            ClassLoader saved = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(loader);
            try {
                return new LoaderSwap(saved, Integer.parseInt(System.getProperty("swap.depth", "1")));
            } catch (Throwable t) {
                Thread.currentThread().setContextClassLoader(saved);
                throw t;
            }
        }

        public Runnable withClassLoader(ClassLoader loader, Runnable operation) {
            return () -> {
                try (LoaderSwap swap = withClassLoader(loader)) {
                    operation.run();
                }
            };
        }
    }

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Plugins plugins = new Plugins();
    private volatile Throwable lastFailure;

    public void resetOffsets(String connector, ClassLoader loader) {
        executor.submit(plugins.withClassLoader(loader, () -> { // expect: IgnoredFuture['the Future returned by `submit` is dropped']
            try {
                if (connector.isEmpty()) {
                    throw new IllegalArgumentException("no connector");
                }
                System.out.println("reset " + connector);
            } catch (Throwable t) {
                lastFailure = t;
            }
        }));
    }

    public Throwable lastFailure() {
        return lastFailure;
    }
}
