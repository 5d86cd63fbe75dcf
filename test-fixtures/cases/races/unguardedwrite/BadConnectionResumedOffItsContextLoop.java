package races.unguardedwrite;

import io.netty.channel.ChannelHandlerContext;
import java.util.ArrayDeque;
import java.util.Queue;

/**
 * The same connection, but resuming does not assert that it runs on the context's executor: any client
 * thread may resume it and drain the queue while a task on the event loop adds to it.
 */
public class BadConnectionResumedOffItsContextLoop {
    private final ChannelHandlerContext chctx;
    private final Queue<Object> pending = new ArrayDeque<>();
    private boolean paused;
    private volatile boolean closed;

    public BadConnectionResumedOffItsContextLoop(ChannelHandlerContext chctx) {
        this.chctx = chctx;
    }

    public void read(Object msg) {
        chctx.executor().execute(() -> {
            if (paused) {
                pending.add(msg); // expect: UnguardedWrite['`BadConnectionResumedOffItsContextLoop.read` runs on the event loop `chctx.executor()`']
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
