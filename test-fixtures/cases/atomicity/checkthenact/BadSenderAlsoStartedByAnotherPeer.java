package atomicity.checkthenact;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The same peer threads, but a peer that learns of a newer peer starts that peer's sender too: the flag of
 * one peer object is then tested and set by its own thread and by another peer's thread, and both can
 * start a sender.
 */
public class BadSenderAlsoStartedByAnotherPeer extends Thread {
    private final Socket socket;
    private final BlockingQueue<byte[]> outgoing = new LinkedBlockingQueue<>();
    private volatile boolean senderStarted;
    private static volatile BadSenderAlsoStartedByAnotherPeer newest;

    BadSenderAlsoStartedByAnotherPeer(Socket socket) {
        this.socket = socket;
    }

    static void acceptPeers(ServerSocket server) throws IOException {
        while (!server.isClosed()) {
            BadSenderAlsoStartedByAnotherPeer peer = new BadSenderAlsoStartedByAnotherPeer(server.accept());
            newest = peer;
            peer.start();
        }
    }

    @Override
    public void run() {
        try {
            byte[] hello = socket.getInputStream().readNBytes(16);
            outgoing.add(hello);
            startSender();
            BadSenderAlsoStartedByAnotherPeer peer = newest;
            if (peer != null && peer != this) {
                peer.startSender();
            }
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
            senderStarted = true; // expect: CheckThenAct['check-then-act on volatile `senderStarted`'], CheckThenAct['both start the thread at line 52']
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
