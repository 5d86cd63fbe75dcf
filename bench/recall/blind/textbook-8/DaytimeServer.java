// EXPECT: none
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
import java.util.TimeZone;

// Thread-per-connection daytime-style server: a client sends "TIME" and gets the
// current UTC time back; each accepted socket is served on its own thread.
public class DaytimeServer {

    private static final ThreadLocal<SimpleDateFormat> FORMAT = ThreadLocal.withInitial(() -> {
        SimpleDateFormat f = new SimpleDateFormat("EEE, dd MMM yyyy HH:mm:ss 'UTC'", Locale.US);
        f.setTimeZone(TimeZone.getTimeZone("UTC"));
        return f;
    });

    private final ServerSocket server;

    public DaytimeServer(int port) throws IOException {
        this.server = new ServerSocket(port);
    }

    public void serve() throws IOException {
        while (!server.isClosed()) {
            Socket client = server.accept();
            new Thread(() -> handle(client), "daytime-" + client.getPort()).start();
        }
    }

    private void handle(Socket client) {
        try (client;
             BufferedReader in = new BufferedReader(
                     new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
             PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
            String command;
            while ((command = in.readLine()) != null) {
                if (command.equalsIgnoreCase("QUIT")) {
                    break;
                }
                if (command.equalsIgnoreCase("TIME")) {
                    out.println(FORMAT.get().format(new Date())); // OK: ThreadLocal gives each connection thread its own SimpleDateFormat instance
                } else {
                    out.println("ERR unknown command");
                }
            }
        } catch (IOException e) {
            System.err.println("client error: " + e.getMessage());
        }
    }

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 1313;
        System.out.println("daytime server on " + port);
        new DaytimeServer(port).serve();
    }
}
