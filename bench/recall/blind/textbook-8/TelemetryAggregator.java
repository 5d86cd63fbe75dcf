// EXPECT: none
package probe8c; import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ThreadLocalRandom;

// Splits a batch of telemetry samples across worker threads and totals the
// accepted ones. Workers and the coordinator meet at a barrier when done.
public class TelemetryAggregator {

    private final int[] samples;
    private final int workers;
    private final long[] acceptedPerWorker;

    public TelemetryAggregator(int[] samples, int workers) {
        this.samples = samples.clone();
        this.workers = workers;
        this.acceptedPerWorker = new long[workers];
    }

    public long aggregate() throws InterruptedException, BrokenBarrierException {
        CyclicBarrier finished = new CyclicBarrier(workers + 1);
        int slice = (samples.length + workers - 1) / workers;
        for (int w = 0; w < workers; w++) {
            final int id = w;
            final int from = w * slice;
            final int to = Math.min(samples.length, from + slice);
            Thread t = new Thread(() -> {
                for (int i = from; i < to; i++) {
                    if (samples[i] >= 0 && samples[i] < 10_000) {
                        acceptedPerWorker[id]++; // OK: each slot is written by exactly one worker; barrier await publishes it to the coordinator
                    }
                }
                try {
                    finished.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (BrokenBarrierException e) {
                    // coordinator gave up; nothing else to do
                }
            }, "telemetry-worker-" + w);
            t.start();
        }
        finished.await();
        long total = 0;
        for (long n : acceptedPerWorker) {
            total += n;
        }
        return total;
    }

    public static void main(String[] args) throws Exception {
        int[] samples = new int[1_000_000];
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        for (int i = 0; i < samples.length; i++) {
            samples[i] = rnd.nextInt(-500, 12_000);
        }
        long accepted = new TelemetryAggregator(samples, 6).aggregate();
        System.out.println("accepted samples: " + accepted);
    }
}
