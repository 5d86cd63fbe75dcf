package races.unguardedwrite;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;

/**
 * The same handler marked {@code @Sharable}: one instance serves several channels, so its callbacks run
 * on the event loops of all of them, at once with the task on another channel's loop.
 */
@ChannelHandler.Sharable
public class BadSharableHandlerTask extends ChannelDuplexHandler {
    private int pending;

    @Override
    public void write(ChannelHandlerContext ctx, Object msg) throws Exception {
        ctx.executor().execute(new Runnable() {
            @Override
            public void run() {
                pending++; // expect: UnguardedWrite['`pending` is updated without a lock, by a task that runs on another thread']
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
