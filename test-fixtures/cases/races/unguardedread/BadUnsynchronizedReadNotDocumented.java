package races.unguardedread;

/**
 * The look-alike of the documented event-loop method: the same unlocked read of what the synchronized
 * {@code wrap} writes, but nothing tells callers to stay on one thread, and the engine is public: a
 * caller on another thread reads a stale overhead.
 */
public class BadUnsynchronizedReadNotDocumented {

    /** The SSL engine. */
    public static final class Engine {
        private int maxWrapOverhead;

        public synchronized byte[] wrap(byte[] plain) {
            maxWrapOverhead = 29 + plain.length / 16;
            return plain.clone();
        }

        /** The longest the wrapped form of {@code plaintextLength} bytes can be. */
        public int maxLengthForWrap(int plaintextLength) {
            return plaintextLength + maxWrapOverhead; // expect: UnguardedRead['`maxWrapOverhead` is read without `this`, which guards every write to `maxWrapOverhead`']
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
