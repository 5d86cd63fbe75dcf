package races.unguardedread;

/**
 * The engine's overhead is set inside its synchronized {@code wrap}, and read without the lock by the
 * one handler that uses it, on its event loop right after {@code wrap} ("intentionally not synchronized,
 * only use if you know you are in the EventLoop thread") (netty ReferenceCountedOpenSslEngine
 * .calculateMaxLengthForWrap, races review #18).
 */
public class GoodReadOnOwningEventLoop {

    /** The SSL engine. */
    public static final class Engine {
        private int maxWrapOverhead;

        public synchronized byte[] wrap(byte[] plain) {
            maxWrapOverhead = 29 + plain.length / 16;
            return plain.clone();
        }

        /** Intentionally not synchronized: only use on the event loop, after {@link #wrap}. */
        public int maxLengthForWrap(int plaintextLength) {
            return plaintextLength + maxWrapOverhead;
        }
    }

    /** The channel handler: all its methods run on the channel's event loop. */
    public static final class Handler {
        private final Engine engine = new Engine();

        public byte[] write(byte[] plain) {
            byte[] wrapped = engine.wrap(plain);
            byte[] out = new byte[engine.maxLengthForWrap(plain.length)];
            System.arraycopy(wrapped, 0, out, 0, Math.min(wrapped.length, out.length));
            return out;
        }
    }
}
