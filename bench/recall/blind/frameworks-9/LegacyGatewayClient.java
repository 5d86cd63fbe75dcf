// EXPECT: virtual-thread-pinning @ line 41
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Client for the mainframe card-authorisation gateway, which speaks a
 * line-based request/response protocol over one long-lived TCP connection.
 * Request/response pairs must not interleave, so calls are serialised.
 *
 * Runs on Java 21: authorisations are fanned out on one virtual thread each.
 */
public class LegacyGatewayClient implements AutoCloseable {

    private final Socket socket;
    private final BufferedWriter out;
    private final BufferedReader in;

    public LegacyGatewayClient(String host, int port) throws IOException {
        this.socket = new Socket(host, port);
        this.socket.setSoTimeout(5_000);
        this.out = new BufferedWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII));
        this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
    }

    public synchronized String authorise(String cardToken, long amountCents) {
        try {
            out.write("AUTH|" + cardToken + "|" + amountCents);
            out.newLine();
            out.flush();
            String reply = in.readLine(); // BUG: blocking socket read inside a synchronized method pins the virtual thread to its carrier (JDK 21); thousands of callers exhaust the carrier pool
            if (reply == null) {
                throw new IOException("gateway closed connection");
            }
            return reply;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    public static void main(String[] args) throws Exception {
        String host = args.length > 0 ? args[0] : "gateway.internal";
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 7400;
        try (LegacyGatewayClient gateway = new LegacyGatewayClient(host, port);
             ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 5_000; i++) {
                String token = "tok_" + Integer.toHexString(0x5000 + i);
                long amount = 100L + (i % 97) * 25L;
                results.add(pool.submit(() -> gateway.authorise(token, amount)));
            }
            int approved = 0;
            for (Future<String> f : results) {
                if (f.get().startsWith("00")) {
                    approved++;
                }
            }
            System.out.println("approved " + approved + " of " + results.size());
        }
    }
}
