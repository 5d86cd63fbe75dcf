package races.unguardedwrite;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * A fork/join scan whose task forks more of its kind (invokeAll of two halves): its leaves run on several
 * pool threads at once, and each adds its count to the job's plain field without a lock, so additions are
 * lost. The rejected count, added under the job's monitor, is fine.
 */
public class BadForkJoinLeavesAddToSharedCount {

    private static final int LEAF_SIZE = 4;

    private final ForkJoinPool pool;
    private final List<List<String>> partitions;
    private long rowsScanned;
    private long rowsRejected;

    public BadForkJoinLeavesAddToSharedCount(ForkJoinPool pool, List<List<String>> partitions) {
        this.pool = pool;
        this.partitions = partitions;
    }

    public ScanReport run() {
        pool.invoke(new ScanTask(0, partitions.size()));
        return new ScanReport(rowsScanned, rowsRejected);
    }

    private final class ScanTask extends RecursiveAction {
        private final int from;
        private final int to;

        ScanTask(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            if (to - from <= LEAF_SIZE) {
                long scanned = 0;
                long rejected = 0;
                for (int p = from; p < to; p++) {
                    for (String row : partitions.get(p)) {
                        scanned++;
                        if (!isValid(row)) {
                            rejected++;
                        }
                    }
                }
                rowsScanned += scanned; // expect: UnguardedWrite['`rowsScanned` is updated without a lock']
                synchronized (BadForkJoinLeavesAddToSharedCount.this) {
                    rowsRejected += rejected;
                }
                return;
            }
            int mid = (from + to) >>> 1;
            invokeAll(new ScanTask(from, mid), new ScanTask(mid, to));
        }
    }

    private static boolean isValid(String row) {
        if (row == null || row.isEmpty()) {
            return false;
        }
        int commas = 0;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == ',') {
                commas++;
            }
        }
        return commas == 3;
    }

    public record ScanReport(long scanned, long rejected) {
    }

    public static void main(String[] args) {
        List<List<String>> parts = new java.util.ArrayList<>();
        for (int i = 0; i < 64; i++) {
            List<String> rows = new java.util.ArrayList<>();
            for (int j = 0; j < 1000; j++) {
                rows.add(j % 97 == 0 ? "" : i + "," + j + ",x,y");
            }
            parts.add(rows);
        }
        ScanReport report = new BadForkJoinLeavesAddToSharedCount(ForkJoinPool.commonPool(), parts).run();
        System.out.println(report);
    }
}
