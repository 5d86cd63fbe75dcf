// EXPECT: virtual-thread-pinning @ line 25
package recall;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

public class VirtualSocketClient {
    private final Socket socket;
    private final BufferedReader in;
    private final PrintWriter out;

    public VirtualSocketClient(String host, int port) throws IOException {
        socket = new Socket(host, port);
        in = new BufferedReader(new InputStreamReader(socket.getInputStream()));
        out = new PrintWriter(socket.getOutputStream(), true);
    }

    public synchronized String request(String cmd) throws IOException {
        out.println(cmd);
        return in.readLine();
    }

    public static void main(String[] args) throws Exception {
        VirtualSocketClient client = new VirtualSocketClient("localhost", 6379);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            final int n = i;
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    client.request("GET key" + n);
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
    }
}
