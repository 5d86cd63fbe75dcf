// EXPECT: volatile-increment @ line 26
// EXPECT: volatile-increment @ line 27
package recall2;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Per-connector request statistics exposed over JMX. Every request thread records its
 * request; the fields are volatile so the JMX thread sees fresh values.
 */
public class ServerStats {

    private volatile long requestCount;
    private volatile long bytesSent;
    private volatile long maxTimeMillis;
    private final String connectorName;

    public ServerStats(String connectorName) {
        this.connectorName = connectorName;
    }

    /** Called by every request-processing thread at the end of a request. */
    public void requestCompleted(long bytes, long timeMillis) {
        requestCount++;
        bytesSent += bytes;
        if (timeMillis > maxTimeMillis) {
            synchronized (this) {
                if (timeMillis > maxTimeMillis) {
                    maxTimeMillis = timeMillis;
                }
            }
        }
    }

    public long getRequestCount() {
        return requestCount;
    }

    public long getBytesSent() {
        return bytesSent;
    }

    public long getMaxTimeMillis() {
        return maxTimeMillis;
    }

    public String getConnectorName() {
        return connectorName;
    }

    public static void main(String[] args) throws InterruptedException {
        ServerStats stats = new ServerStats("http-nio-8080");
        ExecutorService workers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 100_000; i++) {
            final long t = i % 250;
            workers.execute(() -> stats.requestCompleted(1024, t));
        }
        workers.shutdown();
        workers.awaitTermination(1, TimeUnit.MINUTES);
        System.out.println(stats.getRequestCount() + " requests, " + stats.getBytesSent() + " bytes");
    }
}
