// EXPECT: volatile-increment @ line 28
package probe.races;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** Runs several acceptor threads pulling client connections and exposes an accepted-connections gauge. */
public class AcceptorGroup {
    private final BlockingQueue<String> incoming;
    private volatile int acceptedConnections;

    public AcceptorGroup(BlockingQueue<String> incoming) {
        this.incoming = incoming;
    }

    public void start(int acceptors) {
        for (int i = 0; i < acceptors; i++) {
            Thread t = new Thread(this::acceptLoop, "acceptor-" + i);
            t.setDaemon(true);
            t.start();
        }
    }

    private void acceptLoop() {
        try {
            while (true) {
                String client = incoming.take();
                acceptedConnections++; // BUG: ++ on a volatile field is not atomic; concurrent acceptor threads lose increments
                serve(client);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void serve(String client) {
        if (client.isEmpty()) {
            System.err.println("dropping anonymous client");
        }
    }

    public int acceptedConnections() {
        return acceptedConnections;
    }

    public static void main(String[] args) throws InterruptedException {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        AcceptorGroup group = new AcceptorGroup(queue);
        group.start(4);
        for (int i = 0; i < 100_000; i++) {
            queue.put("10.0.0." + (i % 255) + ":" + (40_000 + i % 20_000));
        }
        while (!queue.isEmpty()) {
            Thread.sleep(10);
        }
        Thread.sleep(100);
        System.out.println("accepted " + group.acceptedConnections() + " of 100000");
    }
}
