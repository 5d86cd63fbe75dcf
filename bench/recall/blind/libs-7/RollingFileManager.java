// EXPECT: none
package probe7b; import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Tracks the active log file of a rolling appender and rolls it over when it
 * grows past a size limit. Appender threads report written bytes; listeners
 * (archivers, compressors, metrics) are told about completed rollovers.
 */
public final class RollingFileManager {

    public interface RolloverListener {
        /** Notifications may arrive out of order; use generation to order them. */
        void rolloverComplete(int generation, String archivedFile, String activeFile);
    }

    private final CopyOnWriteArrayList<RolloverListener> listeners = new CopyOnWriteArrayList<>();
    private final String baseName;
    private final long maxBytes;
    private String activeFile;  // guarded by this
    private int generation;     // guarded by this
    private long bytesWritten;  // guarded by this

    public RollingFileManager(String baseName, long maxBytes) {
        this.baseName = baseName;
        this.maxBytes = maxBytes;
        this.activeFile = baseName + ".log";
    }

    public void addListener(RolloverListener listener) {
        listeners.addIfAbsent(listener);
    }

    public void removeListener(RolloverListener listener) {
        listeners.remove(listener);
    }

    public synchronized String activeFile() {
        return activeFile;
    }

    /** Called by appender threads after each event is written. */
    public void onBytesWritten(int n) {
        String archived = null;
        String active = null;
        int gen = 0;
        synchronized (this) {
            bytesWritten += n;
            if (bytesWritten >= maxBytes) {
                generation++;
                archived = baseName + "-" + generation + ".log";
                active = activeFile;
                bytesWritten = 0;
                gen = generation;
            }
        }
        if (archived != null) {
            fireRolloverComplete(gen, archived, active);
        }
    }

    private void fireRolloverComplete(int gen, String archived, String active) {
        for (RolloverListener listener : listeners) {
            try {
                listener.rolloverComplete(gen, archived, active); // OK: listeners called in a loop while others may add/remove, but the CopyOnWriteArrayList iterator works on an immutable snapshot and the manager's monitor was released before notifying, so no alien code runs under a lock
            } catch (RuntimeException e) {
                System.err.println("rollover listener " + listener + " failed: " + e);
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        RollingFileManager manager = new RollingFileManager("app", 10_000);
        manager.addListener((gen, archived, active) -> System.out.println("gen " + gen + " archived " + archived));
        Thread[] appenders = new Thread[3];
        for (int i = 0; i < appenders.length; i++) {
            appenders[i] = new Thread(() -> {
                for (int j = 0; j < 500; j++) {
                    manager.onBytesWritten(100);
                }
            });
            appenders[i].start();
        }
        for (Thread t : appenders) {
            t.join();
        }
    }
}
