package races.unguardedwrite;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;

/**
 * The same handler, not shared, with a public method that is no callback: any thread may call
 * {@code pending()} while the task on the channel's event loop updates the count.
 */
public class BadHandlerApiAndLoopTask extends ChannelDuplexHandler {
    private int pending;

    @Override
    public void write(ChannelHandlerContext ctx, Object msg) throws Exception {
        ctx.executor().execute(new Runnable() {
            @Override
            public void run() {
                pending++; // expect: UnguardedWrite['runs on the event loop of `BadHandlerApiAndLoopTask`']
            }
        });
        ctx.write(msg);
    }

    public int pending() {
        return pending;
    }
}
