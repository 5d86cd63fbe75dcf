package atomicity.checkthenact;

import java.nio.ByteBuffer;

/**
 * The same channel, but marking the stream broken clears the pending frame under the channel's monitor, not
 * its private lock: the error hook's write can land between the test and the use in {@code close}.
 */
public class BadFrameReleasedUnderOtherLockFromHook {

    /** A channel of one protocol. */
    public abstract static class Channel {
        private final Object lock = new Object();
        private volatile ByteBuffer pending = ByteBuffer.allocate(64);

        public void close() {
            synchronized (lock) {
                if (pending != null) {
                    pending.clear(); // expect: CheckThenAct['check-then-act on `pending`: it is tested non-null at line 18']
                    pending = null;
                }
            }
        }

        public void onProtocolError() {
            handleError();
        }

        protected abstract void handleError();

        protected synchronized void markBroken() {
            pending = null;
        }
    }

    /** The channel of one protocol: an error breaks the stream. */
    public static final class StreamChannel extends Channel {
        @Override
        protected void handleError() {
            markBroken();
        }
    }
}
