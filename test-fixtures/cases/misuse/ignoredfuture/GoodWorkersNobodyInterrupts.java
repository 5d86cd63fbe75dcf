package misuse.ignoredfuture;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Forwarders that move lines from one queue to another: a put into a bounded queue is interruptible,
 * but the pool the tasks run on is only ever shut down gently (shutdown, never shutdownNow), and the
 * method that made it hands it to no other code, so no worker is interrupted and no task fails there.
 */
public class GoodWorkersNobodyInterrupts {
    private final BlockingQueue<String> outbound = new LinkedBlockingQueue<>(64);

    public void forwardAll(Iterable<String> lines) throws InterruptedException {
        ExecutorService forwarders = Executors.newFixedThreadPool(2);
        for (String line : lines) {
            forwarders.submit(() -> {
                outbound.put(line.trim());
                return null;
            });
        }
        forwarders.shutdown();
        forwarders.awaitTermination(10, TimeUnit.SECONDS);
    }

    public String next() throws InterruptedException {
        return outbound.take();
    }
}
