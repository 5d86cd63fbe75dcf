// EXPECT: interrupt-or-executor-future-misuse @ line 37
package probe13c; import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the uplink from an edge gateway to the cloud broker alive. The
 * reconnect loop runs on a dedicated single-thread executor and is stopped
 * by the gateway supervisor with {@link #stop()} (shutdownNow).
 */
public class GatewayReconnector {

    private static final long MAX_BACKOFF_MS = 30_000;

    private final String brokerUrl;
    private final ExecutorService uplinkExecutor = Executors.newSingleThreadExecutor();

    public GatewayReconnector(String brokerUrl) {
        this.brokerUrl = brokerUrl;
    }

    public void start() {
        uplinkExecutor.execute(this::reconnectLoop);
    }

    private void reconnectLoop() {
        long backoff = 500;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                connectAndPump();
                backoff = 500;
            } catch (IOException e) {
                try {
                    Thread.sleep(backoff + ThreadLocalRandom.current().nextLong(250));
                } catch (InterruptedException ie) { // BUG: interrupt swallowed without restoring the flag; shutdownNow() cannot stop the loop
                    System.err.println("backoff interrupted, retrying " + brokerUrl);
                }
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
            }
        }
    }

    private void connectAndPump() throws IOException {
        throw new IOException("broker unreachable: " + brokerUrl);
    }

    public boolean stop() throws InterruptedException {
        uplinkExecutor.shutdownNow();
        return uplinkExecutor.awaitTermination(5, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws InterruptedException {
        GatewayReconnector reconnector = new GatewayReconnector("mqtts://broker.iot.local:8883");
        reconnector.start();
        Thread.sleep(1200);
        boolean stopped = reconnector.stop();
        System.out.println("uplink stopped=" + stopped);
        if (!stopped) {
            System.exit(1);
        }
    }
}
