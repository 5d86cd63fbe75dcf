package races.unguardedwrite;

import io.netty.channel.ChannelHandlerContext;
import java.util.ArrayDeque;
import java.util.Queue;

/**
 * A connection (no pipeline handler itself) bound to a handler context: messages are handled by tasks on
 * the context's executor, and pausing and resuming assert that they run there too
 * ({@code assert chctx.executor().inEventLoop()}), so `paused` and the queue are only ever used on that
 * one event loop (vert.x's VertxConnection.doPause/doResume).
 */
public class GoodConnectionPausedOnItsContextLoop {
    private final ChannelHandlerContext chctx;
    private final Queue<Object> pending = new ArrayDeque<>();
    private boolean paused;
    private volatile boolean closed;

    public GoodConnectionPausedOnItsContextLoop(ChannelHandlerContext chctx) {
        this.chctx = chctx;
    }

    public void read(Object msg) {
        chctx.executor().execute(() -> {
            if (paused) {
                pending.add(msg);
            } else {
                handle(msg);
            }
        });
    }

    public void doPause() {
        assert chctx.executor().inEventLoop();
        paused = true;
    }

    public void doResume() {
        assert chctx.executor().inEventLoop();
        paused = false;
        Object msg;
        while (!paused && (msg = pending.poll()) != null) {
            handle(msg);
        }
    }

    private void handle(Object msg) {
        if (!closed) {
            chctx.write(msg);
        }
    }

    public void close() {
        closed = true;
    }
}
