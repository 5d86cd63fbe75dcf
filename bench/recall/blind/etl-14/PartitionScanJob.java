// EXPECT: data-race-on-a-field @ line 51
package probe14a; import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * Scans a set of input partitions in parallel on a fork/join pool and
 * validates each row, keeping a running count for the job report.
 */
public class PartitionScanJob {

    private static final int LEAF_SIZE = 4;

    private final ForkJoinPool pool;
    private final List<List<String>> partitions;
    private long rowsScanned;
    private long rowsRejected;

    public PartitionScanJob(ForkJoinPool pool, List<List<String>> partitions) {
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
                rowsScanned += scanned; // BUG: unsynchronized read-modify-write of shared field from parallel fork/join leaf tasks
                synchronized (PartitionScanJob.this) {
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
        ScanReport report = new PartitionScanJob(ForkJoinPool.commonPool(), parts).run();
        System.out.println(report);
    }
}
