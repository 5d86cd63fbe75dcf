// EXPECT: missing-happens-before @ line 52
package probe5.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Verifies the integrity of a partitioned data export by computing a checksum
 * per partition on a worker pool. A {@link CountDownLatch} tracks completion so
 * the coordinator can combine the per-partition checksums once every partition
 * has reported in.
 */
public class LatchedPartitionScanner {

    private final List<byte[]> partitions;
    private final long[] checksums;
    private final CountDownLatch finished;

    public LatchedPartitionScanner(List<byte[]> partitions) {
        this.partitions = partitions;
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

    /** Marks a partition as scanned and logs progress. */
    private void partitionFinished(int index) {
        finished.countDown();
        if (finished.getCount() % 10 == 0) {
            System.out.println("partition " + index + " done, remaining " + finished.getCount());
        }
    }

    public long scan(int threads) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int i = 0; i < partitions.size(); i++) {
                final int idx = i;
                pool.execute(() -> {
                    long sum = checksum(partitions.get(idx));
                    partitionFinished(idx);
                    checksums[idx] = sum; // BUG: slot written after countDown, so the coordinator's await() does not order this write before its read
                });
            }
            finished.await();
        } finally {
            pool.shutdown();
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
                p[j] = (byte) (i * 31 + j);
            }
            parts.add(p);
        }
        LatchedPartitionScanner scanner = new LatchedPartitionScanner(parts);
        System.out.printf("combined checksum %x%n", scanner.scan(4));
    }
}
