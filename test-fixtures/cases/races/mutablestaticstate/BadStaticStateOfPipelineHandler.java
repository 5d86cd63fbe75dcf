package races.mutablestaticstate;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import java.util.HashMap;
import java.util.Map;

/**
 * A pipeline handler that is not shared has one instance per channel, and each runs its callbacks on
 * its own channel's event loop: its own fields are confined to that loop, but a static map and a static
 * counter are shared by every channel's handler, and the loops of two channels change them at once.
 */
public class BadStaticStateOfPipelineHandler extends ChannelDuplexHandler {
    private static final Map<String, Integer> COUNTS = new HashMap<>();
    private static long total;
    private int mine;

    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        COUNTS.merge(String.valueOf(msg), 1, Integer::sum); // expect: MutableStaticState['instances run on the event loops of their channels']
        total++; // expect: MutableStaticState['static `total` is written from instance method']
        mine++;
        ctx.write(msg);
    }
}
