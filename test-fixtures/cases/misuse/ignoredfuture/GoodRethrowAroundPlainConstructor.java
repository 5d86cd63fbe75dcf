package misuse.ignoredfuture;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The task swaps the context class loader in a helper that undoes the swap and rethrows if making its
 * handle fails; making it only stores a field, so nothing can be rethrown, and the work itself records
 * every failure: the dropped future loses nothing.
 */
public class GoodRethrowAroundPlainConstructor {
    public static final class LoaderSwap implements AutoCloseable {
        private final ClassLoader saved;

        LoaderSwap(ClassLoader saved) {
            this.saved = saved;
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
                return new LoaderSwap(saved);
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
        executor.submit(plugins.withClassLoader(loader, () -> {
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
