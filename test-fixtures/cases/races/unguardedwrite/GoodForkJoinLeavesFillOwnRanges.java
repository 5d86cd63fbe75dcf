package races.unguardedwrite;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.zip.CRC32;

/**
 * The fork/join look-alike whose leaves each write the cells of their own range of partitions
 * ({@code for (int p = from; p < to; p++) partialChecksums[p] = ...}): the halves a task forks have ranges
 * of their own, so no two leaves touch one cell, and invoke() returning orders them all before the fold.
 */
public class GoodForkJoinLeavesFillOwnRanges {

    private static final int LEAF_SIZE = 2;

    private final ForkJoinPool pool;
    private final List<List<String>> partitions;
    private final long[] partialChecksums;

    public GoodForkJoinLeavesFillOwnRanges(ForkJoinPool pool, List<List<String>> partitions) {
        this.pool = pool;
        this.partitions = partitions;
        this.partialChecksums = new long[partitions.size()];
    }

    public long run() {
        pool.invoke(new ChecksumTask(0, partitions.size()));
        long combined = 17;
        for (long partial : partialChecksums) {
            combined = combined * 31 + partial;
        }
        return combined;
    }

    private final class ChecksumTask extends RecursiveAction {
        private final int from;
        private final int to;

        ChecksumTask(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            if (to - from <= LEAF_SIZE) {
                for (int p = from; p < to; p++) {
                    CRC32 crc = new CRC32();
                    for (String row : partitions.get(p)) {
                        crc.update(row.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    }
                    partialChecksums[p] = crc.getValue();
                }
                return;
            }
            int mid = (from + to) >>> 1;
            invokeAll(new ChecksumTask(from, mid), new ChecksumTask(mid, to));
        }
    }

    public static void main(String[] args) {
        List<List<String>> parts = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            List<String> rows = new ArrayList<>();
            for (int j = 0; j < 500; j++) {
                rows.add(i + "," + j + ",payload");
            }
            parts.add(rows);
        }
        long checksum = new GoodForkJoinLeavesFillOwnRanges(ForkJoinPool.commonPool(), parts).run();
        System.out.println(Long.toHexString(checksum));
    }
}
