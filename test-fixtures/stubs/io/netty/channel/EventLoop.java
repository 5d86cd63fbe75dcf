package io.netty.channel;

import io.netty.util.concurrent.EventExecutor;

/** Stand-in for netty's EventLoop: the one thread that serves the channels registered with it. */
public interface EventLoop extends EventExecutor {
}
