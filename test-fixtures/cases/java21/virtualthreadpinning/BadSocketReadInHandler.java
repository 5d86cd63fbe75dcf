package java21.virtualthreadpinning;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A server hands each connection to a handler object on a virtual-thread executor it receives from its
 * caller; the handler reads the socket inside a synchronized method.
 */
public class BadSocketReadInHandler {

    public static void main(String[] args) throws IOException {
        try (ExecutorService connections = Executors.newVirtualThreadPerTaskExecutor();
             ServerSocket server = new ServerSocket(8080)) {
            serve(server, connections);
        }
    }

    static void serve(ServerSocket server, ExecutorService connections) throws IOException {
        while (!server.isClosed()) {
            Socket socket = server.accept();
            connections.execute(new Handler(socket));
        }
    }

    static final class Handler implements Runnable {
        private final Socket socket;

        Handler(Socket socket) {
            this.socket = socket;
        }

        @Override
        public void run() {
            try (socket) {
                echo(socket.getInputStream(), socket.getOutputStream());
            } catch (IOException e) {
                System.err.println("connection closed: " + e.getMessage());
            }
        }

        private synchronized void echo(InputStream in, OutputStream out) throws IOException {
            byte[] buffer = new byte[4096];
            int n;
            while ((n = in.read(buffer)) > 0) { // expect: VirtualThreadPinning['`in.read()` blocks inside synchronized method']
                out.write(buffer, 0, n); // expect: VirtualThreadPinning['`out.write()` blocks']
            }
        }
    }
}
