package misuse.waitnotinloop;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Startup coordinator using CountDownLatch.await() and Future.get(): one-shot waits that are not condition waits and need no loop. */
public class GoodLatchAndFutureWaits {
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final CountDownLatch ready = new CountDownLatch(1);

    public void markReady() {
        ready.countDown();
    }

    public String startAndFetch() throws InterruptedException, ExecutionException {
        Future<String> banner = executor.submit(() -> "fearless");
        ready.await();
        return banner.get();
    }

    public void shutdown() {
        executor.shutdown();
    }
}
