// EXPECT: none
package recall;

import java.util.Map;

public class ImmutableConfigHolder {
    public static final class Config {
        private final String endpoint;
        private final int timeoutMs;
        private final Map<String, String> headers;

        public Config(String endpoint, int timeoutMs, Map<String, String> headers) {
            this.endpoint = endpoint;
            this.timeoutMs = timeoutMs;
            this.headers = Map.copyOf(headers);
        }

        public String endpoint() {
            return endpoint;
        }

        public int timeoutMs() {
            return timeoutMs;
        }

        public Map<String, String> headers() {
            return headers;
        }

        public Config withTimeout(int t) {
            return new Config(endpoint, t, headers);
        }
    }

    private volatile Config current = new Config("http://localhost", 1000, Map.of());

    public Config current() {
        return current;
    }

    public void reload(Config next) {
        current = next;
    }

    public static void main(String[] args) throws InterruptedException {
        ImmutableConfigHolder h = new ImmutableConfigHolder();
        Thread reader = new Thread(() -> {
            for (int i = 0; i < 1000; i++) {
                Config c = h.current();
                if (c.timeoutMs() < 0) throw new AssertionError();
            }
        });
        reader.start();
        h.reload(h.current().withTimeout(2000));
        reader.join();
    }
}
