package races.unguardedwrite;

import io.netty.util.concurrent.EventExecutor;
import java.util.List;

/**
 * A channel's read flag is set by a task handed to the channel's event loop and cleared by the poller of
 * the loop the channel is registered with, which runs it in its own task. The code knows the loop by two
 * names (the channel's {@code eventLoop}, the poller's {@code executor}), but an event loop owns the
 * channels bound to it: no other thread touches the flag, so both run on that one loop (netty's
 * AbstractNioChannel.readPending, set by a task on {@code eventLoop()} and cleared by NioByteUnsafe.read
 * from the NioEventLoop's run loop).
 */
public class GoodChannelStateOnlyItsLoopsUse {
    private final EventExecutor eventLoop;
    private boolean readPending;

    public GoodChannelStateOnlyItsLoopsUse(EventExecutor eventLoop) {
        this.eventLoop = eventLoop;
    }

    public void requestRead() {
        eventLoop.execute(() -> readPending = true);
    }

    void processRead() {
        if (readPending) {
            readPending = false;
        }
    }

    /** Polls the channels registered with one event loop, on that loop. */
    public static final class Poller {
        private final EventExecutor executor;
        private final List<GoodChannelStateOnlyItsLoopsUse> channels;

        public Poller(EventExecutor executor, List<GoodChannelStateOnlyItsLoopsUse> channels) {
            this.executor = executor;
            this.channels = List.copyOf(channels);
        }

        public void poll() {
            executor.execute(this::pollOnce);
        }

        private void pollOnce() {
            for (GoodChannelStateOnlyItsLoopsUse c : channels) {
                c.processRead();
            }
        }
    }
}
