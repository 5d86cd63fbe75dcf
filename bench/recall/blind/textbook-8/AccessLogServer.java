// EXPECT: non-thread-safe-shared-object @ line 43
package probe8c; import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;

// Thread-per-connection line server: each client line is echoed back prefixed
// with an access-log style timestamp. Every accepted socket gets its own thread.
public class AccessLogServer {

    private static final SimpleDateFormat TIMESTAMP =
            new SimpleDateFormat("dd/MMM/yyyy:HH:mm:ss Z", Locale.US);

    private final ServerSocket server;

    public AccessLogServer(int port) throws IOException {
        this.server = new ServerSocket(port);
    }

    public void serve() throws IOException {
        while (!server.isClosed()) {
            Socket client = server.accept();
            Thread handler = new Thread(() -> handle(client), "conn-" + client.getPort());
            handler.setDaemon(true);
            handler.start();
        }
    }

    private void handle(Socket client) {
        String remote = client.getInetAddress().getHostAddress();
        try (client;
             BufferedReader in = new BufferedReader(
                     new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                String stamp = TIMESTAMP.format(new Date()); // BUG: one SimpleDateFormat shared by all connection threads; format() mutates its internal Calendar
                out.println(remote + " - - [" + stamp + "] \"" + line + "\"");
            }
        } catch (IOException e) {
            System.err.println("connection from " + remote + " failed: " + e.getMessage());
        }
    }

    public void close() throws IOException {
        server.close();
    }

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        AccessLogServer s = new AccessLogServer(port);
        System.out.println("listening on " + port);
        s.serve();
    }
}
