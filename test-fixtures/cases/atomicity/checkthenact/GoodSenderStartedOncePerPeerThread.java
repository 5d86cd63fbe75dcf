package atomicity.checkthenact;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * One thread per connected peer, each starting its own sender thread once, when the peer's handshake is
 * done. The flag is a field of the peer's thread object, and only that thread's own body tests and sets it
 * (through a method it calls on itself): however many peers are connected, each flag has one thread.
 */
public class GoodSenderStartedOncePerPeerThread extends Thread {
    private final Socket socket;
    private final BlockingQueue<byte[]> outgoing = new LinkedBlockingQueue<>();
    private volatile boolean senderStarted;

    GoodSenderStartedOncePerPeerThread(Socket socket) {
        this.socket = socket;
    }

    static void acceptPeers(ServerSocket server) throws IOException {
        while (!server.isClosed()) {
            new GoodSenderStartedOncePerPeerThread(server.accept()).start();
        }
    }

    @Override
    public void run() {
        try {
            byte[] hello = socket.getInputStream().readNBytes(16);
            outgoing.add(hello);
            startSender();
            while (socket.getInputStream().read() >= 0) {
                outgoing.add(new byte[] {1});
            }
        } catch (IOException e) {
            System.err.println("peer gone: " + e);
        }
    }

    protected void startSender() {
        if (!senderStarted) {
            new Thread(this::send).start();
            senderStarted = true;
        } else {
            System.err.println("sender already started");
        }
    }

    private void send() {
        try {
            while (true) {
                socket.getOutputStream().write(outgoing.take());
            }
        } catch (IOException e) {
            System.err.println("send failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
