package atomicity.checkthenact;

import java.nio.ByteBuffer;

/**
 * A framed channel whose pending frame is cleared under the channel's private lock, both when the channel
 * closes and when a protocol subclass's error hook marks the stream broken: the base class's template
 * method calls the hook, the hook calls back into the base class, and that write holds the same lock of the
 * same object as the test-and-use in {@code close}.
 */
public class GoodFrameReleasedUnderBaseLockFromHook {

    /** A channel of one protocol. */
    public abstract static class Channel {
        private final Object lock = new Object();
        private volatile ByteBuffer pending = ByteBuffer.allocate(64);

        public void close() {
            synchronized (lock) {
                if (pending != null) {
                    pending.clear();
                    pending = null;
                }
            }
        }

        public void onProtocolError() {
            handleError();
        }

        protected abstract void handleError();

        protected void markBroken() {
            synchronized (lock) {
                pending = null;
            }
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
