// EXPECT: blocking-under-lock @ line 29
package probe11c; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Multiplexed request/response channel to the pricing service. call() is used
 * concurrently by application threads; one reader thread consumes responses
 * from the transport and completes the matching pending call.
 */
public class RpcChannel {

    private final BlockingQueue<String> outbound = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> inbound = new LinkedBlockingQueue<>();
    private final Map<Long, CompletableFuture<String>> pending = new HashMap<>();
    private long nextId;

    public String call(String request) throws Exception {
        synchronized (this) {
            long id = ++nextId;
            CompletableFuture<String> reply = new CompletableFuture<>();
            pending.put(id, reply);
            outbound.put(id + ":" + request);
            return reply.get(); // BUG: blocks on the reply while holding the channel monitor, which the reader thread needs to look up and complete this call
        }
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

    /** Stand-in for the remote pricing service on the other end of the transport. */
    private void remoteLoop() {
        try {
            while (true) {
                String frame = outbound.take();
                int sep = frame.indexOf(':');
                inbound.put(frame.substring(0, sep) + ":price(" + frame.substring(sep + 1) + ")=" + frame.length());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void start() {
        Thread reader = new Thread(this::readLoop, "rpc-reader");
        Thread remote = new Thread(this::remoteLoop, "pricing-remote");
        reader.setDaemon(true);
        remote.setDaemon(true);
        reader.start();
        remote.start();
    }

    public static void main(String[] args) throws InterruptedException {
        RpcChannel channel = new RpcChannel();
        channel.start();
        ExecutorService app = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 100; i++) {
            String sku = "SKU-" + i;
            app.submit(() -> {
                System.out.println(channel.call(sku));
                return null;
            });
        }
        app.shutdown();
        app.awaitTermination(30, TimeUnit.SECONDS);
    }
}
