package races.unguardedwrite;

import io.netty.util.concurrent.EventExecutor;
import java.util.List;

/**
 * As a channel whose read flag only its event loops use, but clients may also clear it themselves: the
 * two loops are one (an event loop owns the channels bound to it), so the race the finding proves is the
 * loop's write against a client's, not the loop's against the poller's.
 */
public class BadChannelStateAlsoClearedByClients {
    private final EventExecutor eventLoop;
    private boolean readPending;

    public BadChannelStateAlsoClearedByClients(EventExecutor eventLoop) {
        this.eventLoop = eventLoop;
    }

    public void requestRead() {
        eventLoop.execute(() -> readPending = true); // expect: UnguardedWrite['on client threads calling `BadChannelStateAlsoClearedByClients`']
    }

    public void cancelRead() {
        processRead();
    }

    void processRead() {
        if (readPending) {
            readPending = false;
        }
    }

    /** Polls the channels registered with one event loop, on that loop. */
    public static final class Poller {
        private final EventExecutor executor;
        private final List<BadChannelStateAlsoClearedByClients> channels;

        public Poller(EventExecutor executor, List<BadChannelStateAlsoClearedByClients> channels) {
            this.executor = executor;
            this.channels = List.copyOf(channels);
        }

        public void poll() {
            executor.execute(this::pollOnce);
        }

        private void pollOnce() {
            for (BadChannelStateAlsoClearedByClients c : channels) {
                c.processRead();
            }
        }
    }
}
