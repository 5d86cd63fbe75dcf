// EXPECT: virtual-thread-pinning @ line 17
package recall;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

public class VirtualThreadPinning {
    private final Object lock = new Object();
    private long lastCall;

    void rateLimitedCall(int id) throws InterruptedException {
        synchronized (lock) {
            long wait = 10 - (System.currentTimeMillis() - lastCall);
            if (wait > 0) {
                Thread.sleep(Duration.ofMillis(wait));
            }
            lastCall = System.currentTimeMillis();
        }
        System.out.println("call " + id);
    }

    public static void main(String[] args) {
        VirtualThreadPinning p = new VirtualThreadPinning();
        try (ExecutorService exec = Executors.newVirtualThreadPerTaskExecutor()) {
            IntStream.range(0, 10_000).forEach(i -> exec.submit(() -> {
                p.rateLimitedCall(i);
                return null;
            }));
        }
    }
}
