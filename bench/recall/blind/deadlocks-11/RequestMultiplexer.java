// EXPECT: none
package probe11c; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Multiplexed request/response client for the inventory service. send() is used
 * concurrently by application threads; one reader thread consumes responses
 * from the transport and completes the matching pending request.
 */
public class RequestMultiplexer {

    private final BlockingQueue<String> outbound = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> inbound = new LinkedBlockingQueue<>();
    private final Map<Long, CompletableFuture<String>> pending = new HashMap<>();
    private long nextId;

    public String send(String request) throws Exception {
        CompletableFuture<String> reply = new CompletableFuture<>();
        synchronized (this) {
            long id = ++nextId;
            pending.put(id, reply);
            outbound.put(id + ":" + request);
        }
        return reply.get(); // OK: waits only after leaving the synchronized block, so the reader thread can take the monitor and complete the reply
    }

    private void readLoop() {
        try {
            while (true) {
                String frame = inbound.take();
                int sep = frame.indexOf(':');
                long id = Long.parseLong(frame.substring(0, sep));
                CompletableFuture<String> reply;
                synchronized (this) {
                    reply = pending.remove(id);
                }
                if (reply != null) {
                    reply.complete(frame.substring(sep + 1));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stand-in for the remote inventory service on the other end of the transport. */
    private void remoteLoop() {
        try {
            while (true) {
                String frame = outbound.take();
                int sep = frame.indexOf(':');
                inbound.put(frame.substring(0, sep) + ":stock(" + frame.substring(sep + 1) + ")=" + frame.length());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void start() {
        Thread reader = new Thread(this::readLoop, "mux-reader");
        Thread remote = new Thread(this::remoteLoop, "inventory-remote");
        reader.setDaemon(true);
        remote.setDaemon(true);
        reader.start();
        remote.start();
    }

    public static void main(String[] args) throws InterruptedException {
        RequestMultiplexer mux = new RequestMultiplexer();
        mux.start();
        ExecutorService app = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 100; i++) {
            String sku = "SKU-" + i;
            app.submit(() -> {
                System.out.println(mux.send(sku));
                return null;
            });
        }
        app.shutdown();
        app.awaitTermination(30, TimeUnit.SECONDS);
    }
}
