package publication.doublecheckedlocking;

/** The volatile client is stored first and configured with a setter afterwards: another thread may use it with no timeout. */
public class BadVolatileSetterAfterStore {
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
                    client = new HttpClient();
                    client.setTimeoutMillis(5000); // expect: DoubleCheckedLocking
                }
            }
        }
        return client;
    }
}
