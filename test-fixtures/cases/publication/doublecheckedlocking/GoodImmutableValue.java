package publication.doublecheckedlocking;

/** Double-checked locking of an immutable value whose class has only final fields: final-field semantics make even a racy publication safe. */
public class GoodImmutableValue {
    private Endpoint endpoint;

    static final class Endpoint {
        private final String host;
        private final int port;

        Endpoint(String host, int port) {
            this.host = host;
            this.port = port;
        }

        String address() {
            return host + ":" + port;
        }
    }

    public Endpoint endpoint() {
        if (endpoint == null) {
            synchronized (this) {
                if (endpoint == null) {
                    endpoint = new Endpoint("localhost", 8080);
                }
            }
        }
        return endpoint;
    }
}
