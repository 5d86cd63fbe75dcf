// EXPECT: none
package probe10a; import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ships audit events to the central collector. Request threads call record();
 * a single shipper thread owns the socket stream. stop() is called either by
 * the service container or by the JVM shutdown hook.
 */
public class AuditLogShipper {

    private final BlockingQueue<String> events = new LinkedBlockingQueue<>(50_000);
    private final AtomicBoolean running = new AtomicBoolean();
    private final Socket socket;
    private final DataOutputStream out;
    private final Thread shipper;

    public AuditLogShipper(String collectorHost, int port) throws IOException {
        this.socket = new Socket(collectorHost, port);
        this.out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream(), 32 * 1024));
        this.shipper = new Thread(this::shipLoop, "audit-shipper");
    }

    public void start() {
        if (!running.compareAndSet(false, true)) {
            throw new IllegalStateException("already started");
        }
        shipper.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "audit-shutdown"));
    }

    public boolean record(String event) {
        return events.offer(event);
    }

    private void shipLoop() {
        try {
            while (running.get()) {
                String event = events.poll(250, TimeUnit.MILLISECONDS);
                if (event == null) {
                    out.flush();
                    continue;
                }
                byte[] bytes = event.getBytes(StandardCharsets.UTF_8);
                out.writeInt(bytes.length);
                out.write(bytes);
            }
            out.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            System.err.println("audit shipping failed: " + e);
        }
    }

    public void stop() throws InterruptedException {
        if (!running.compareAndSet(true, false)) {
            return;
        }
        shipper.interrupt();
        shipper.join();
        try {
            out.close(); // OK: shipper thread was joined above, so it has terminated and all its writes happen-before this close
            socket.close();
        } catch (IOException e) {
            System.err.println("error closing audit socket: " + e);
        }
    }
}
