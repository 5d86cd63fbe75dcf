package publication.doublecheckedlocking;

/** Double-checked locking through a local variable (the "fast" variant): without volatile the field store can still be seen before the constructor's writes. */
public class BadLocalVariableVariant {
    private Connection connection;

    static final class Connection {
        private String url;
        private int timeoutMillis;

        Connection(String url, int timeoutMillis) {
            this.url = url;
            this.timeoutMillis = timeoutMillis;
        }

        String describe() {
            return url + " (" + timeoutMillis + " ms)";
        }
    }

    public Connection connection() {
        Connection c = connection; // expect: DoubleCheckedLocking
        if (c == null) {
            synchronized (this) {
                c = connection;
                if (c == null) {
                    c = new Connection("jdbc:h2:mem:test", 500);
                    connection = c;
                }
            }
        }
        return c;
    }
}
