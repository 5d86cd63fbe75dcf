package races.unguardedwrite;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;

/**
 * The same handler with a public method that is no callback: the inherited callback and the task are one
 * thread, the channel's loop, but any thread may call {@code pause()} while the task clears the flag.
 */
public class BadInheritedCallbackTaskAndApi extends InheritedCallbackBaseWithApi {
    private int backpressure;

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (backpressure == 0) {
            ctx.write(msg);
        } else {
            ctx.channel().eventLoop().execute(() -> unpause()); // related: UnguardedWrite@23['reaches the write from here']
        }
    }

    private void unpause() {
        backpressure = 0; // expect: UnguardedWrite['`BadInheritedCallbackTaskAndApi.pause` on client threads'], UnguardedWrite['(reached from the lambda in `BadInheritedCallbackTaskAndApi.channelRead0` at line 18)']
    }

    public void pause() {
        backpressure = 2;
    }
}

/** A program base handler whose callback hands each message to the subclass. */
abstract class InheritedCallbackBaseWithApi extends ChannelDuplexHandler {
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        channelRead0(ctx, msg);
    }

    protected abstract void channelRead0(ChannelHandlerContext ctx, Object msg) throws Exception;
}
