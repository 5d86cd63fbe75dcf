package io.netty.channel;

/** Stand-in for netty's ChannelDuplexHandler: inbound and outbound callbacks that pass the event on. */
public class ChannelDuplexHandler implements ChannelHandler {
    @Override
    public void handlerAdded(ChannelHandlerContext ctx) throws Exception {
    }

    public void write(ChannelHandlerContext ctx, Object msg) throws Exception {
        ctx.write(msg);
    }

    public void flush(ChannelHandlerContext ctx) throws Exception {
    }
}
