package io.netty.channel;

/** Stand-in for netty's Channel: registered with one event loop, which runs its handlers' callbacks. */
public interface Channel {
    EventLoop eventLoop();
}
