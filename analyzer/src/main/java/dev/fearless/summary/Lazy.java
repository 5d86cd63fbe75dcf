package dev.fearless.summary;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A value of the program's summaries computed on first use, once, by whichever rule asks first; rules
 * asking meanwhile wait for it (rules run in parallel), and later uses share it. No lock is held while
 * it is computed.
 */
final class Lazy<T> {

    private final Supplier<T> compute;
    private final AtomicReference<FutureTask<T>> task = new AtomicReference<>();

    Lazy(Supplier<T> compute) {
        this.compute = compute;
    }

    T get() {
        FutureTask<T> current = task.get();
        if (current == null) {
            FutureTask<T> mine = new FutureTask<>(compute::get);
            if (task.compareAndSet(null, mine)) {
                mine.run();
            }
            current = task.get();
        }
        try {
            return current.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a summary", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
