package races.unguardedwrite;

import io.netty.util.concurrent.EventExecutor;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * As a channel whose read flag only its event loop uses, but the flag is cleared by a single-thread
 * worker the program starts for itself: that worker is not the loop the channel is bound to, so the
 * loop's write and the worker's write meet.
 */
public class BadChannelStateAlsoUsedByAWorker {
    private final EventExecutor eventLoop;
    private boolean readPending;

    public BadChannelStateAlsoUsedByAWorker(EventExecutor eventLoop) {
        this.eventLoop = eventLoop;
    }

    public void requestRead() {
        eventLoop.execute(() -> readPending = true); // expect: UnguardedWrite['`readPending` is written without a lock']
    }

    void processRead() {
        if (readPending) {
            readPending = false;
        }
    }

    /** Clears the channels' flags on a worker thread of its own. */
    public static final class Sweeper {
        private final ExecutorService worker = Executors.newSingleThreadExecutor();
        private final List<BadChannelStateAlsoUsedByAWorker> channels;

        public Sweeper(List<BadChannelStateAlsoUsedByAWorker> channels) {
            this.channels = List.copyOf(channels);
        }

        public void sweep() {
            worker.execute(this::sweepOnce);
        }

        private void sweepOnce() {
            for (BadChannelStateAlsoUsedByAWorker c : channels) {
                c.processRead();
            }
        }
    }
}
