// EXPECT: none
package probe17a; import java.util.ArrayList;
import java.util.List;

/**
 * Periodically fsyncs the transaction log so acknowledged writes survive a crash.
 * Indexing threads append operations; the daemon thread syncs them; the node
 * shutdown hook calls stop().
 */
public class TranslogSyncDaemon {

    private final List<String> unsynced = new ArrayList<>();
    private long syncedOps;
    private boolean stopped; // OK: read and written only inside synchronized methods on this instance
    private final Thread syncThread;

    public TranslogSyncDaemon(long intervalMillis) {
        syncThread = new Thread(() -> {
            while (!isStopped()) {
                syncOnce();
                try {
                    Thread.sleep(intervalMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
            syncOnce();
        }, "translog-sync");
    }

    public void start() {
        syncThread.start();
    }

    public synchronized void append(String operation) {
        unsynced.add(operation);
    }

    private synchronized boolean isStopped() {
        return stopped;
    }

    private synchronized void syncOnce() {
        if (unsynced.isEmpty()) {
            return;
        }
        // a real implementation would write and force the channel here
        syncedOps += unsynced.size();
        unsynced.clear();
    }

    public void stop() throws InterruptedException {
        synchronized (this) {
            stopped = true;
        }
        syncThread.join();
    }

    public synchronized long syncedOps() {
        return syncedOps;
    }

    public static void main(String[] args) throws InterruptedException {
        TranslogSyncDaemon daemon = new TranslogSyncDaemon(5);
        daemon.start();
        Thread[] writers = new Thread[3];
        for (int t = 0; t < writers.length; t++) {
            final int id = t;
            writers[t] = new Thread(() -> {
                for (int i = 0; i < 2_000; i++) {
                    daemon.append("index doc-" + id + "-" + i);
                }
            }, "indexer-" + t);
            writers[t].start();
        }
        for (Thread w : writers) {
            w.join();
        }
        daemon.stop();
        System.out.println("synced ops: " + daemon.syncedOps());
    }
}
