package misuse.ignoredfuture;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The same forwarders, but a pool that does not end in time is stopped with shutdownNow, which interrupts
 * the workers: a put waiting for room then throws InterruptedException into a Future nobody keeps.
 */
public class BadWorkersInterruptedByShutdownNow {
    private final BlockingQueue<String> outbound = new LinkedBlockingQueue<>(64);

    public void forwardAll(Iterable<String> lines) throws InterruptedException {
        ExecutorService forwarders = Executors.newFixedThreadPool(2);
        for (String line : lines) {
            forwarders.submit(() -> { // expect: IgnoredFuture['`outbound.put` can throw']
                outbound.put(line.trim());
                return null;
            });
        }
        forwarders.shutdown();
        if (!forwarders.awaitTermination(10, TimeUnit.SECONDS)) {
            forwarders.shutdownNow();
        }
    }

    public String next() throws InterruptedException {
        return outbound.take();
    }
}
