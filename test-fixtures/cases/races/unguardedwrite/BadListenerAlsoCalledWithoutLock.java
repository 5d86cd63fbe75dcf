package races.unguardedwrite;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The same refresh listener, but the manager also notifies it from {@code refreshNow}, outside its
 * refresh lock: a forced refresh can write the start generation while another refresh reads it.
 */
public class BadListenerAlsoCalledWithoutLock {

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

        public void refreshNow() {
            for (Listener l : listeners) {
                l.beforeRefresh();
            }
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

    public BadListenerAlsoCalledWithoutLock(Manager manager) {
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
            refreshStartGen = System.nanoTime(); // expect: UnguardedWrite['`refreshStartGen` is written without `this`, which guards 1 other access to it']
        }

        @Override
        public void afterRefresh() {
            synchronized (BadListenerAlsoCalledWithoutLock.this) {
                searchingGen = refreshStartGen;
            }
        }
    }
}
