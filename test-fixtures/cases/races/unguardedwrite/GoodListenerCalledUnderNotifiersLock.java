package races.unguardedwrite;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A refresh listener records the generation when a refresh starts and copies it when the refresh ends.
 * The start is written without a lock, but the manager calls both callbacks only while it holds its
 * refresh lock, a lock of the manager that the listener cannot name: two refreshes never overlap, so
 * the plain field is never written and read at once (lucene ControlledRealTimeReopenThread.HandleRefresh,
 * called by ReferenceManager.doMaybeRefresh).
 */
public class GoodListenerCalledUnderNotifiersLock {

    /** Notified around every refresh. */
    public interface Listener {
        void beforeRefresh();

        void afterRefresh();
    }

    /** Refreshes from any thread; one refresh at a time. */
    public static final class Manager {
        private final ReentrantLock refreshLock = new ReentrantLock();
        private final List<Listener> listeners = new CopyOnWriteArrayList<>();

        public void addListener(Listener l) {
            listeners.add(l);
        }

        public void maybeRefresh() {
            refreshLock.lock();
            try {
                for (Listener l : listeners) {
                    l.beforeRefresh();
                }
                for (Listener l : listeners) {
                    l.afterRefresh();
                }
            } finally {
                refreshLock.unlock();
            }
        }
    }

    private final Manager manager;
    private long refreshStartGen;
    private long searchingGen;

    public GoodListenerCalledUnderNotifiersLock(Manager manager) {
        this.manager = manager;
    }

    public void register() {
        manager.addListener(new HandleRefresh());
    }

    public synchronized long searchingGen() {
        return searchingGen;
    }

    private final class HandleRefresh implements Listener {
        @Override
        public void beforeRefresh() {
            refreshStartGen = System.nanoTime();
        }

        @Override
        public void afterRefresh() {
            synchronized (GoodListenerCalledUnderNotifiersLock.this) {
                searchingGen = refreshStartGen;
            }
        }
    }
}
