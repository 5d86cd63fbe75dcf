package races.unguardedwrite;

/**
 * The same private endpoint, but the outer class's public API calls the setter: any client thread may
 * change the capacity while another sends under the lock.
 */
public class BadCalledSetterOfPrivateCloseable {
    private final Endpoint endpoint = new Endpoint();

    public Sink sink() {
        return endpoint;
    }

    public void limit(long capacity) {
        endpoint.setMaxCapacity(capacity);
    }

    /** What clients are handed. */
    public interface Sink extends java.io.Closeable {
        void send(int bytes);
    }

    private static class Endpoint implements Sink {
        private final Object lock = new Object();
        private long maxCapacity;
        private long queued;

        @Override
        public void send(int bytes) {
            synchronized (lock) {
                if (maxCapacity > 0 && queued + bytes > maxCapacity) {
                    throw new IllegalStateException("full");
                }
                queued += bytes;
            }
        }

        @Override
        public void close() {
            synchronized (lock) {
                queued = 0;
            }
        }

        public void setMaxCapacity(long maxCapacity) {
            this.maxCapacity = maxCapacity; // expect: UnguardedWrite['`maxCapacity` is written without `lock`']
        }
    }
}
