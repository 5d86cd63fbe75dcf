package publication.volatilemutablecontents;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The table keeps its running merge in a volatile field for lock-free readers; the merge marks itself
 * scheduled through that field, but only ever when called from the table's synchronized methods, so every
 * change of its flag happens under the table's monitor (cassandra's UncommittedTableData.Merge).
 */
public class GoodInnerMarkedByCallersUnderOuterMonitor {
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private volatile Merge merge;
    private int files;

    final class Merge implements Runnable {
        boolean scheduled;

        void maybeSchedule() {
            if (scheduled) {
                return;
            }
            executor.submit(this);
            merge.scheduled = true;
        }

        @Override
        public void run() {
            finished(this);
        }
    }

    public synchronized void fileAdded() {
        files++;
        if (files > 1 && merge == null) {
            merge = new Merge();
            merge.maybeSchedule();
        }
    }

    public synchronized void flushed() {
        if (merge != null) {
            merge.maybeSchedule();
        }
    }

    synchronized void finished(Merge done) {
        if (merge == done) {
            merge = null;
            files = 1;
        }
    }

    public boolean merging() {
        return merge != null;
    }
}
