// EXPECT: sync-on-boxed-or-literal @ line 21
package probe9a; import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Limits the number of concurrent uploads per node. tryAcquire and release
 * are called by the upload handler threads of the HTTP server.
 */
public class UploadThrottle {

    private final int maxConcurrent;
    private Integer inFlight = 0;

    public UploadThrottle(int maxConcurrent) {
        this.maxConcurrent = maxConcurrent;
    }

    public boolean tryAcquire() {
        synchronized (inFlight) { // BUG: locks the current boxed Integer, which is replaced on every ++/--, so threads lock different objects
            if (inFlight >= maxConcurrent) {
                return false;
            }
            inFlight++;
            return true;
        }
    }

    public void release() {
        synchronized (inFlight) {
            inFlight--;
        }
    }

    public int inFlight() {
        synchronized (inFlight) {
            return inFlight;
        }
    }

    private static void storeChunk(int id) {
        long sum = 0;
        for (int i = 0; i < 10_000; i++) {
            sum += (long) i * id;
        }
        if (sum == 42) {
            System.out.println("unlikely");
        }
    }

    public static void main(String[] args) throws InterruptedException {
        UploadThrottle throttle = new UploadThrottle(4);
        AtomicInteger rejected = new AtomicInteger();
        ExecutorService handlers = Executors.newFixedThreadPool(16);
        for (int i = 0; i < 10_000; i++) {
            final int id = i;
            handlers.submit(() -> {
                if (!throttle.tryAcquire()) {
                    rejected.incrementAndGet();
                    return;
                }
                try {
                    storeChunk(id);
                } finally {
                    throttle.release();
                }
            });
        }
        handlers.shutdown();
        handlers.awaitTermination(30, TimeUnit.SECONDS);
        System.out.println("rejected=" + rejected.get() + " inFlight=" + throttle.inFlight());
    }
}
