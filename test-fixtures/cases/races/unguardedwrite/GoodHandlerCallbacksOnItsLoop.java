package races.unguardedwrite;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;

/**
 * A pipeline handler that is not shared between channels: netty runs its callbacks on its context's
 * executor, the one thread that also runs the task the handler hands to {@code ctx.executor()}, so the
 * task and {@code flush} never run at once (netty WriteTimeoutHandler.lastTask, ChunkedWriteHandler.queue;
 * races3 review: PcapWriteHandler.state).
 */
public class GoodHandlerCallbacksOnItsLoop extends ChannelDuplexHandler {
    private int pending;

    @Override
    public void write(ChannelHandlerContext ctx, Object msg) throws Exception {
        ctx.executor().execute(new Runnable() {
            @Override
            public void run() {
                pending++;
            }
        });
        ctx.write(msg);
    }

    @Override
    public void flush(ChannelHandlerContext ctx) throws Exception {
        if (pending > 16) {
            ctx.write("backlog");
        }
    }
}
