package races.mutablestaticstate;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The look-alike of BadStaticStateOfPipelineHandler whose shared statics are thread-safe (a concurrent
 * map, an atomic counter); its own counter stays a plain field, confined to its channel's loop.
 */
public class GoodStaticStateOfPipelineHandlerThreadSafe extends ChannelDuplexHandler {
    private static final Map<String, Integer> COUNTS = new ConcurrentHashMap<>();
    private static final AtomicLong TOTAL = new AtomicLong();
    private int mine;

    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        COUNTS.merge(String.valueOf(msg), 1, Integer::sum);
        TOTAL.incrementAndGet();
        mine++;
        ctx.write(msg);
    }
}
