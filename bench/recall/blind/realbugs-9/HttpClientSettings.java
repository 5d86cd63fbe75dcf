// EXPECT: unsafe-publication @ line 39
package probe9b; import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runtime-tunable settings for an HTTP client. A scheduled reloader thread
 * re-reads the properties every few seconds; request threads read the
 * current settings before each call.
 */
public class HttpClientSettings {

    static class Settings {
        int connectTimeoutMillis;
        int readTimeoutMillis;
        int maxRetries;
        String userAgent;
    }

    private Settings current = defaults();

    private static Settings defaults() {
        Settings s = new Settings();
        s.connectTimeoutMillis = 1000;
        s.readTimeoutMillis = 5000;
        s.maxRetries = 2;
        s.userAgent = "acme-http/1.0";
        return s;
    }

    void reload(Properties props) {
        Settings s = new Settings();
        s.connectTimeoutMillis = Integer.parseInt(props.getProperty("connectTimeout", "1000"));
        s.readTimeoutMillis = Integer.parseInt(props.getProperty("readTimeout", "5000"));
        s.maxRetries = Integer.parseInt(props.getProperty("maxRetries", "2"));
        s.userAgent = props.getProperty("userAgent", "acme-http/1.0");
        current = s; // BUG: object with non-final fields published through a plain field; request threads may see the new reference with default (0/null) field values
    }

    public String describeNextCall(String url) {
        Settings s = current;
        return "GET " + url + " ua=" + s.userAgent.length() + " connect=" + s.connectTimeoutMillis
                + " read=" + s.readTimeoutMillis + " retries=" + s.maxRetries;
    }

    public static void main(String[] args) throws InterruptedException {
        HttpClientSettings settings = new HttpClientSettings();
        ScheduledExecutorService reloader = Executors.newSingleThreadScheduledExecutor();
        reloader.scheduleWithFixedDelay(() -> {
            Properties p = new Properties();
            p.setProperty("readTimeout", String.valueOf(4000 + System.nanoTime() % 2000));
            p.setProperty("userAgent", "acme-http/1.1");
            settings.reload(p);
        }, 0, 2, TimeUnit.MILLISECONDS);

        ExecutorService requestThreads = Executors.newFixedThreadPool(6);
        for (int i = 0; i < 20_000; i++) {
            int n = i;
            requestThreads.execute(() -> settings.describeNextCall("https://api.example.com/items/" + n));
        }
        requestThreads.shutdown();
        requestThreads.awaitTermination(10, TimeUnit.SECONDS);
        reloader.shutdownNow();
    }
}
