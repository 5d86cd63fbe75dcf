package publication.doublecheckedlocking;

/** The client is configured through its setter while still local; the volatile store is the last step. */
public class GoodVolatileConfiguredLocal {
    static final class HttpClient {
        private int timeoutMillis;

        void setTimeoutMillis(int timeoutMillis) {
            this.timeoutMillis = timeoutMillis;
        }
    }

    private volatile HttpClient client;

    public HttpClient client() {
        if (client == null) {
            synchronized (this) {
                if (client == null) {
                    HttpClient c = new HttpClient();
                    c.setTimeoutMillis(5000);
                    client = c;
                }
            }
        }
        return client;
    }
}
