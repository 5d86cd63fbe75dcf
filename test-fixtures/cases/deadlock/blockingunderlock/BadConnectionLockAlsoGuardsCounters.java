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
 * The same client, but the connection's lock also guards a counter that monitoring threads read: they
 * wait for the peer's reply too.
 */
public class BadConnectionLockAlsoGuardsCounters {
    private final BufferedWriter out;
    private final BufferedReader in;
    private final ReentrantLock exchange = new ReentrantLock();
    private int posted;

    public BadConnectionLockAlsoGuardsCounters(Socket socket) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII));
        this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
    }

    public String post(String request) throws IOException {
        exchange.lock();
        try {
            posted++;
            out.write(request); // expect: BlockingUnderLock['`out.write()` writes to the network while holding `exchange`']
            out.newLine();
            out.flush();
            return in.readLine();
        } finally {
            exchange.unlock();
        }
    }

    public int posted() {
        exchange.lock();
        try {
            return posted;
        } finally {
            exchange.unlock();
        }
    }

    public void ping() throws IOException {
        exchange.lock();
        try {
            out.write("PING"); // expect: BlockingUnderLock['`out.write()` writes to the network while holding `exchange`']
            out.newLine();
            out.flush();
            in.readLine();
        } finally {
            exchange.unlock();
        }
    }
}
