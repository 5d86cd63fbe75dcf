// EXPECT: modify-after-queue-handoff @ line 28
package probe3.mix;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Groups sensor samples into fixed-size batches and hands them to the
 * uploader thread, which serialises and ships them.
 */
public class TelemetryBatcher {

    private static final int BATCH_SIZE = 64;
    private static final List<Double> POISON = List.of();

    private final BlockingQueue<List<Double>> outbound = new ArrayBlockingQueue<>(16);
    private final AtomicLong uploadedSamples = new AtomicLong();

    void produce(int sampleCount) throws InterruptedException {
        List<Double> batch = new ArrayList<>(BATCH_SIZE);
        for (int i = 0; i < sampleCount; i++) {
            batch.add(Math.sin(i / 10.0) * 100);
            if (batch.size() == BATCH_SIZE) {
                outbound.put(batch);
                batch.clear(); // BUG: batch was already handed to the uploader thread; the sender clears it while the uploader reads it
            }
        }
        outbound.put(POISON);
    }

    void upload() throws InterruptedException {
        while (true) {
            List<Double> batch = outbound.take();
            if (batch == POISON) {
                return;
            }
            double sum = 0;
            for (double v : batch) {
                sum += v;
            }
            uploadedSamples.addAndGet(batch.size());
            if (sum > 1e9) {
                System.out.println("suspicious batch");
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        TelemetryBatcher batcher = new TelemetryBatcher();
        Thread uploader = new Thread(() -> {
            try {
                batcher.upload();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "telemetry-uploader");
        uploader.start();
        batcher.produce(64 * 500);
        uploader.join();
        System.out.println("uploaded=" + batcher.uploadedSamples.get());
    }
}
