package io.netty.util.concurrent;

import java.util.concurrent.Executor;

/** Stand-in for netty's EventExecutor: one thread that runs the tasks it is handed. */
public interface EventExecutor extends Executor {
    boolean inEventLoop();
}
