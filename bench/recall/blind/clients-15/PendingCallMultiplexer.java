// EXPECT: none
package probe15b; import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Request/response multiplexer for the binary RPC protocol. Many application
 * threads call send() concurrently; the "mux-reader" thread completes pending
 * calls and tears everything down when the stream fails.
 */
public class PendingCallMultiplexer {

    private final Object writeLock = new Object();
    private final Object pendingLock = new Object();
    private final Map<Integer, CompletableFuture<byte[]>> pending = new HashMap<>();
    private final DataOutputStream out;
    private final DataInputStream in;
    private int nextId;
    private boolean broken;

    public PendingCallMultiplexer(InputStream in, OutputStream out) {
        this.in = new DataInputStream(in);
        this.out = new DataOutputStream(out);
        Thread reader = new Thread(this::readLoop, "mux-reader");
        reader.setDaemon(true);
        reader.start();
    }

    public CompletableFuture<byte[]> send(byte[] request) throws IOException {
        CompletableFuture<byte[]> result = new CompletableFuture<>();
        synchronized (writeLock) {
            int id;
            synchronized (pendingLock) {
                if (broken) {
                    result.completeExceptionally(new IOException("multiplexer closed"));
                    return result;
                }
                id = nextId++;
                pending.put(id, result);
            }
            out.writeInt(id);
            out.writeInt(request.length);
            out.write(request);
            out.flush();
        }
        return result;
    }

    private void readLoop() {
        try {
            while (true) {
                int id = in.readInt();
                byte[] body = new byte[in.readInt()];
                in.readFully(body);
                CompletableFuture<byte[]> call;
                synchronized (pendingLock) {
                    call = pending.remove(id);
                }
                if (call != null) {
                    call.complete(body);
                }
            }
        } catch (IOException e) {
            failAll(e);
        }
    }

    private void failAll(IOException cause) {
        List<CompletableFuture<byte[]>> failed;
        synchronized (writeLock) {
            synchronized (pendingLock) { // OK: same writeLock -> pendingLock order as send(), so no lock cycle
                broken = true;
                failed = new ArrayList<>(pending.values());
                pending.clear();
            }
            try {
                out.close();
            } catch (IOException ignored) {
                // stream already failed
            }
        }
        for (CompletableFuture<byte[]> call : failed) {
            call.completeExceptionally(cause);
        }
    }
}
