package deadlock.blockingunderlock;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The look-alike of {@code GoodBlockingBranchNotTaken} that passes {@code true}: the wait on the
 * compaction, under {@code if (waitForFutures)}, runs while the service holds its monitor.
 */
public class BadBlockingBranchTaken {
    private final List<Table> tables = new ArrayList<>();

    public synchronized void enableAutoCompactionAndWait() {
        for (Table table : tables) {
            table.enableAutoCompaction(true); // expect: BlockingUnderLock['`enableAutoCompaction()` may block in `submitted.get()`']
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

        public void enableAutoCompaction(boolean waitForFutures) {
            autoCompaction = true;
            Future<?> submitted = compactions.submit(this::compact);
            if (waitForFutures) {
                try {
                    submitted.get(); // related: BlockingUnderLock['`submitted.get()` blocks here']
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
