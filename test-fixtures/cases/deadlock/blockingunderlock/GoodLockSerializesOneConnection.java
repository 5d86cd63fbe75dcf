package deadlock.blockingunderlock;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A request/reply client on one connection: exchanges must not interleave, so each request and its reply
 * are made holding the lock, which nothing else takes. Waiting for the peer under it is what it is for.
 */
public class GoodLockSerializesOneConnection {
    private final BufferedWriter out;
    private final BufferedReader in;
    private final ReentrantLock exchange = new ReentrantLock();

    public GoodLockSerializesOneConnection(Socket socket) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII));
        this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
    }

    public String post(String request) throws IOException {
        exchange.lock();
        try {
            out.write(request);
            out.newLine();
            out.flush();
            return in.readLine();
        } finally {
            exchange.unlock();
        }
    }

    public void ping() throws IOException {
        exchange.lock();
        try {
            out.write("PING");
            out.newLine();
            out.flush();
            in.readLine();
        } finally {
            exchange.unlock();
        }
    }
}
