// EXPECT: lock-order-deadlock @ line 76
package probe15b; import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Multiplexes concurrent RPC calls over a single connection. call() is invoked by
 * arbitrary application threads; a dedicated reader thread matches responses to
 * the pending-call map and fails every pending call when the connection breaks.
 */
public class RpcMultiplexer {

    private final Object writeLock = new Object();
    private final Object pendingLock = new Object();
    private final Map<Long, CompletableFuture<byte[]>> pending = new HashMap<>();
    private final DataOutputStream out;
    private final DataInputStream in;
    private long nextId;
    private boolean broken;

    public RpcMultiplexer(InputStream in, OutputStream out) {
        this.in = new DataInputStream(in);
        this.out = new DataOutputStream(out);
        Thread reader = new Thread(this::readLoop, "rpc-reader");
        reader.setDaemon(true);
        reader.start();
    }

    public CompletableFuture<byte[]> call(byte[] payload) throws IOException {
        CompletableFuture<byte[]> result = new CompletableFuture<>();
        synchronized (writeLock) {
            long id;
            synchronized (pendingLock) {
                if (broken) {
                    result.completeExceptionally(new IOException("connection broken"));
                    return result;
                }
                id = nextId++;
                pending.put(id, result);
            }
            out.writeLong(id);
            out.writeInt(payload.length);
            out.write(payload);
            out.flush();
        }
        return result;
    }

    private void readLoop() {
        try {
            while (true) {
                long id = in.readLong();
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
        synchronized (pendingLock) {
            broken = true;
            synchronized (writeLock) { // BUG: takes pendingLock then writeLock, the reverse of call(); reader and a caller can deadlock
                try {
                    out.close();
                } catch (IOException ignored) {
                    // already broken
                }
            }
            for (CompletableFuture<byte[]> call : pending.values()) {
                call.completeExceptionally(cause);
            }
            pending.clear();
        }
    }
}
