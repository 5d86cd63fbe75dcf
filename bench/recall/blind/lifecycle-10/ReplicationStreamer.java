// EXPECT: close-races-use @ line 71
package probe10a; import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Streams change records to a follower node. Producers call enqueue() from
 * request threads; a dedicated sender thread drains the queue onto the socket.
 * stop() is invoked by the admin endpoint or by the JVM shutdown hook.
 */
public class ReplicationStreamer {

    private final BlockingQueue<byte[]> pending = new LinkedBlockingQueue<>(10_000);
    private final AtomicBoolean running = new AtomicBoolean();
    private final Socket socket;
    private final DataOutputStream out;
    private final Thread sender;

    public ReplicationStreamer(String host, int port) throws IOException {
        this.socket = new Socket(host, port);
        this.socket.setTcpNoDelay(true);
        this.out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream(), 64 * 1024));
        this.sender = new Thread(this::sendLoop, "replication-sender");
    }

    public void start() {
        if (!running.compareAndSet(false, true)) {
            throw new IllegalStateException("already started");
        }
        sender.start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "replication-shutdown"));
    }

    public boolean enqueue(byte[] record) {
        return pending.offer(record);
    }

    public int backlog() {
        return pending.size();
    }

    private void sendLoop() {
        try {
            while (running.get()) {
                byte[] record = pending.poll(100, TimeUnit.MILLISECONDS);
                if (record == null) {
                    out.flush();
                    continue;
                }
                out.writeInt(record.length);
                out.write(record);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            System.err.println("replication stream failed: " + e);
        }
    }

    public void stop() {
        if (!running.compareAndSet(true, false)) {
            return;
        }
        sender.interrupt();
        try {
            out.close(); // BUG: closes the stream while the sender thread may still be writing a record (sender never joined)
            socket.close();
        } catch (IOException e) {
            System.err.println("error closing replication socket: " + e);
        }
        if (!pending.isEmpty()) {
            System.err.println("dropped " + pending.size() + " unsent replication records");
        }
    }
}
