package com.google.common.util.concurrent;

import java.util.concurrent.Executor;

/** Stand-in for Guava's executor utilities; the knowledge base says what the real ones do. */
public final class MoreExecutors {

    private MoreExecutors() {
    }

    /** Stand-in: Guava's wraps the delegate so that the tasks given to it run in turn. */
    public static Executor newSequentialExecutor(Executor delegate) {
        return delegate;
    }
}
