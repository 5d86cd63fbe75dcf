// EXPECT: none
package probe5.batch;

// OK: each task writes its own slot BEFORE countDown() (in a finally), and the coordinator reads slots only after await(); countDown/await gives happens-before
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Computes per-partition checksums on a worker pool and combines them once
 * every partition has reported in via a {@link CountDownLatch}.
 */
public class LatchGatedChecksumCollector {

    private final List<byte[]> partitions;
    private final long[] checksums;
    private final CountDownLatch finished;

    public LatchGatedChecksumCollector(List<byte[]> partitions) {
        this.partitions = List.copyOf(partitions);
        this.checksums = new long[partitions.size()];
        this.finished = new CountDownLatch(partitions.size());
    }

    private static long checksum(byte[] data) {
        long h = 1125899906842597L;
        for (byte b : data) {
            h = 31 * h + b;
        }
        return h;
    }

    /** Scans every partition; call once per instance. */
    public long collect(int threads) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int i = 0; i < partitions.size(); i++) {
                final int idx = i;
                pool.execute(() -> {
                    try {
                        checksums[idx] = checksum(partitions.get(idx));
                    } finally {
                        finished.countDown();
                    }
                });
            }
            finished.await();
        } finally {
            pool.shutdown();
        }
        if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        long combined = 0;
        for (long c : checksums) {
            combined ^= c;
        }
        return combined;
    }

    public static void main(String[] args) throws InterruptedException {
        List<byte[]> parts = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            byte[] p = new byte[4096];
            for (int j = 0; j < p.length; j++) {
                p[j] = (byte) (i * 17 + j);
            }
            parts.add(p);
        }
        LatchGatedChecksumCollector collector = new LatchGatedChecksumCollector(parts);
        System.out.printf("combined checksum %x%n", collector.collect(4));
    }
}
