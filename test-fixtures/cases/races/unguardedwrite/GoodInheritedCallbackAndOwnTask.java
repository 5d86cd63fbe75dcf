package races.unguardedwrite;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;

/**
 * A handler that is not shared, whose read callback is inherited: the base class's {@code channelRead}
 * calls the subclass's {@code channelRead0}, and the subclass hands a task to its channel's event loop.
 * Both run on the loop of this one handler's channel, whichever class wrote them, so the task and the
 * callback never meet (cassandra PreV5Handlers.LegacyDispatchHandler.backpressure under netty's
 * SimpleChannelInboundHandler).
 */
public class GoodInheritedCallbackAndOwnTask extends InheritedReadCallbackBase {
    private int backpressure;

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (backpressure == 0) {
            ctx.write(msg);
        } else {
            backpressure = 2;
            ctx.channel().eventLoop().execute(() -> unpause());
        }
    }

    private void unpause() {
        backpressure = 0;
    }
}

/** A program base handler whose callback hands each message to the subclass. */
abstract class InheritedReadCallbackBase extends ChannelDuplexHandler {
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        channelRead0(ctx, msg);
    }

    protected abstract void channelRead0(ChannelHandlerContext ctx, Object msg) throws Exception;
}
