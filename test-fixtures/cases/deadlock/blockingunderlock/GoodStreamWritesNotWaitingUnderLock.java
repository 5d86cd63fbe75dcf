package deadlock.blockingunderlock;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.Socket;

/**
 * Stream writes under a lock that wait for no one else: an in-memory buffer filled under the lock, a
 * socket stream locked by itself (its users all wait for the same peer anyway), and the socket write
 * made after the lock is released.
 */
public final class GoodStreamWritesNotWaitingUnderLock {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final DataOutputStream out;
    private final Socket socket;
    private int sent;

    public GoodStreamWritesNotWaitingUnderLock(Socket socket) throws IOException {
        this.socket = socket;
        this.out = new DataOutputStream(socket.getOutputStream());
    }

    public synchronized void record(byte[] data) {
        buffer.write(data, 0, data.length);
        sent++;
    }

    public void send(int value) throws IOException {
        synchronized (out) {
            out.writeInt(value);
            out.flush();
        }
    }

    public void flushBuffer() throws IOException {
        byte[] data;
        synchronized (this) {
            data = buffer.toByteArray();
            buffer.reset();
        }
        socket.getOutputStream().write(data);
    }

    public synchronized int sent() {
        return sent;
    }
}
