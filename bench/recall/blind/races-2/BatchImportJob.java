// EXPECT: none
package probe2.races;

import java.util.ArrayList;
import java.util.List;

// OK: each shard is mutated only by its own thread, and the coordinator reads shard state only after Thread.join()
public class BatchImportJob {

    static final class Shard implements Runnable {
        private final List<String> rows;
        private int imported;
        private final List<String> rejected = new ArrayList<>();

        Shard(List<String> rows) {
            this.rows = rows;
        }

        @Override
        public void run() {
            for (String row : rows) {
                if (row.isBlank() || row.startsWith("#")) {
                    rejected.add(row);
                } else {
                    imported++;
                }
            }
        }
    }

    private long totalImported;
    private final List<String> allRejected = new ArrayList<>();

    public void execute(List<String> rows, int shardCount) throws InterruptedException {
        List<Shard> shards = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        int chunk = (rows.size() + shardCount - 1) / shardCount;
        for (int s = 0; s < shardCount; s++) {
            int from = Math.min(rows.size(), s * chunk);
            int to = Math.min(rows.size(), from + chunk);
            Shard shard = new Shard(rows.subList(from, to));
            shards.add(shard);
            Thread t = new Thread(shard, "import-shard-" + s);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        for (Shard shard : shards) {
            totalImported += shard.imported;
            allRejected.addAll(shard.rejected);
        }
    }

    public long totalImported() {
        return totalImported;
    }

    public List<String> rejectedRows() {
        return List.copyOf(allRejected);
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            rows.add(i % 97 == 0 ? "# comment" : "customer-" + i + ",active");
        }
        BatchImportJob job = new BatchImportJob();
        job.execute(rows, 6);
        System.out.println("imported=" + job.totalImported() + " rejected=" + job.rejectedRows().size());
    }
}
