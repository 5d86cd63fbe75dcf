package dev.fearless.summary;

import java.util.function.Supplier;

/**
 * A value of the program's summaries computed on first use, once, by whichever rule asks first (rules
 * run in parallel, so the first use is guarded); later uses share it.
 */
final class Lazy<T> {

    private final Supplier<T> compute;
    private volatile T value;

    Lazy(Supplier<T> compute) {
        this.compute = compute;
    }

    T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = compute.get();
                    value = v;
                }
            }
        }
        return v;
    }
}
