package races.unguardedwrite;

/**
 * A private endpoint class whose capacity setter nothing calls. The endpoint is also a library type,
 * {@code Closeable}, whose one method the knowledge base lists ({@code declares}): the setter overrides
 * nothing clients could call it through, so it is dead code, not a method client threads run (jetty
 * MemoryEndPointPipe.MemoryEndPoint.setMaxCapacity: its EndPoint is Closeable).
 */
public class GoodUncalledSetterOfPrivateCloseable {
    private final Endpoint endpoint = new Endpoint();

    public Sink sink() {
        return endpoint;
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
            this.maxCapacity = maxCapacity;
        }
    }
}
