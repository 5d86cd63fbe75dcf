// EXPECT: none
package probe9c; import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Pushes journal entries to the ledger host over a single long-lived TCP
 * connection using a line-based request/response protocol. Exchanges must
 * not interleave, so they are serialised with a lock.
 *
 * Runs on Java 21: each journal entry is posted from its own virtual thread.
 */
public class LedgerSyncClient implements AutoCloseable {

    private final Socket socket;
    private final BufferedWriter out;
    private final BufferedReader in;
    private final ReentrantLock exchangeLock = new ReentrantLock();

    public LedgerSyncClient(String host, int port) throws IOException {
        this.socket = new Socket(host, port);
        this.socket.setSoTimeout(5_000);
        this.out = new BufferedWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII));
        this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
    }

    public String post(String account, long amountCents) {
        exchangeLock.lock();
        try {
            out.write("POST|" + account + "|" + amountCents);
            out.newLine();
            out.flush();
            String reply = in.readLine(); // OK: guarded by a ReentrantLock, not a monitor, so a blocked virtual thread unmounts instead of pinning its carrier
            if (reply == null) {
                throw new IOException("ledger closed connection");
            }
            return reply;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            exchangeLock.unlock();
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    public static void main(String[] args) throws Exception {
        String host = args.length > 0 ? args[0] : "ledger.internal";
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 7410;
        List<Future<String>> results = new ArrayList<>();
        try (LedgerSyncClient ledger = new LedgerSyncClient(host, port)) {
            var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();
            try (pool) {
                for (int i = 0; i < 5_000; i++) {
                    String account = "ACC-" + (10_000 + i % 250);
                    long amount = (i % 2 == 0 ? 1 : -1) * (500L + i);
                    results.add(pool.submit(() -> ledger.post(account, amount)));
                }
            }
            long accepted = 0;
            for (Future<String> f : results) {
                if ("ACK".equals(f.get())) {
                    accepted++;
                }
            }
            System.out.println("ledger accepted " + accepted + " of " + results.size());
        }
    }
}
