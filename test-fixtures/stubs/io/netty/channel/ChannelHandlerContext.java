package io.netty.channel;

import io.netty.util.concurrent.EventExecutor;

/** Stand-in for netty's ChannelHandlerContext: what a handler's callbacks are given. */
public interface ChannelHandlerContext {
    EventExecutor executor();

    Channel channel();

    ChannelHandlerContext write(Object msg);
}
