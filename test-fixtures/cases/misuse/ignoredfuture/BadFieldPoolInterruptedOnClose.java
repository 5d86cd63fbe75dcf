package misuse.ignoredfuture;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A relay whose pool is a private field: close() stops it with shutdownNow, interrupting a relay task
 * that waits in take(); the InterruptedException ends up in a dropped Future.
 */
public class BadFieldPoolInterruptedOnClose implements AutoCloseable {
    private final ExecutorService relays = Executors.newFixedThreadPool(2);
    private final BlockingQueue<String> inbound = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> outbound = new LinkedBlockingQueue<>();

    public void relayOne() {
        relays.submit(() -> { // expect: IgnoredFuture['`inbound.take` can throw']
            outbound.add(inbound.take());
            return null;
        });
    }

    public void offer(String line) {
        inbound.add(line);
    }

    @Override
    public void close() {
        relays.shutdownNow();
    }
}
