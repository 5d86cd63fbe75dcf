package deadlock.blockingunderlock;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * {@code enableAutoCompaction()} passes a literal {@code false}, so the wait on the futures, under
 * {@code if (waitForFutures)}, never runs when the service calls it under its monitor (cassandra
 * StorageService.enableAutoCompaction and ColumnFamilyStore.enableAutoCompaction, deadlock review B10).
 */
public class GoodBlockingBranchNotTaken {
    private final List<Table> tables = new ArrayList<>();

    public synchronized void enableAutoCompaction() {
        for (Table table : tables) {
            table.enableAutoCompaction();
        }
    }

    public synchronized void addTable(Table table) {
        tables.add(table);
    }

    /** One table and its compactions. */
    public static final class Table {
        private final ExecutorService compactions;
        private volatile boolean autoCompaction;

        public Table(ExecutorService compactions) {
            this.compactions = compactions;
        }

        public void enableAutoCompaction() {
            enableAutoCompaction(false);
        }

        public void enableAutoCompaction(boolean waitForFutures) {
            autoCompaction = true;
            Future<?> submitted = compactions.submit(this::compact);
            if (waitForFutures) {
                try {
                    submitted.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
        }

        private void compact() {
            System.out.println("compacting, auto=" + autoCompaction);
        }
    }
}
