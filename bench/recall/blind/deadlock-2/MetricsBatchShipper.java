// EXPECT: none
package probe2.dl;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

// OK: flush() swaps the pending map under the lock and only then blocks (timed offer) on the bounded queue, outside the synchronized block; the shipper thread sends and sleeps without holding the lock and only re-enters it briefly to re-merge a failed batch
public class MetricsBatchShipper {
    public interface Transport {
        void send(Map<String, Long> batch) throws IOException;
    }

    private final Object lock = new Object();
    private final BlockingQueue<Map<String, Long>> inflight = new ArrayBlockingQueue<>(4);
    private final Transport transport;
    private final Thread shipper;
    private Map<String, Long> pending = new HashMap<>();

    public MetricsBatchShipper(Transport transport) {
        this.transport = transport;
        this.shipper = new Thread(this::shipLoop, "metrics-shipper");
    }

    public void start() {
        shipper.start();
    }

    public void increment(String metric, long delta) {
        synchronized (lock) {
            pending.merge(metric, delta, Long::sum);
        }
    }

    public void flush() throws InterruptedException {
        Map<String, Long> batch;
        synchronized (lock) {
            if (pending.isEmpty()) {
                return;
            }
            batch = pending;
            pending = new HashMap<>();
        }
        boolean handedOff = false;
        try {
            handedOff = inflight.offer(batch, 5, TimeUnit.SECONDS);
        } finally {
            if (!handedOff) {
                requeue(batch);
            }
        }
    }

    private void requeue(Map<String, Long> batch) {
        synchronized (lock) {
            batch.forEach((k, v) -> pending.merge(k, v, Long::sum));
        }
    }

    private void shipLoop() {
        try {
            while (true) {
                Map<String, Long> batch = inflight.take();
                try {
                    transport.send(batch);
                } catch (IOException e) {
                    requeue(batch);
                    Thread.sleep(1_000);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void stop() throws InterruptedException {
        shipper.interrupt();
        shipper.join();
    }
}
