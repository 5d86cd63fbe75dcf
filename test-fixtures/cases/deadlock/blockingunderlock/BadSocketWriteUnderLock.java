package deadlock.blockingunderlock;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.net.Socket;

/**
 * CERT LCK09-J: network I/O while holding the object's lock. A peer that stops reading fills the
 * socket's buffer, the write waits for it, and every thread that needs the lock (to read the counter,
 * to send to another peer) waits behind it (reported as a note: it waits only on a slow peer). A read
 * under the lock waits until the peer sends, for as long as that takes.
 */
public final class BadSocketWriteUnderLock {
    private final DataOutputStream out;
    private int sent;

    public BadSocketWriteUnderLock(Socket socket) throws IOException {
        this.out = new DataOutputStream(socket.getOutputStream());
    }

    public synchronized void send(int value) throws IOException {
        out.writeInt(value); // expect: BlockingUnderLock['`out.writeInt()` writes to the network while holding `this`: while the peer does not read']
        out.flush();
        sent++;
    }

    public synchronized int sent() {
        return sent;
    }

    public synchronized int receive(Socket socket) throws IOException {
        DataInputStream in = new DataInputStream(socket.getInputStream());
        sent++;
        return in.readInt(); // expect: BlockingUnderLock['`in.readInt()` may block for a long time, waiting for the network peer to send, while holding `this`']
    }

    public synchronized void sendObject(Socket socket, Object value) throws IOException {
        ObjectOutputStream stream = new ObjectOutputStream(socket.getOutputStream());
        stream.writeObject(value); // expect: BlockingUnderLock['`stream.writeObject()` writes to the network while holding `this`']
        sent++;
    }
}
