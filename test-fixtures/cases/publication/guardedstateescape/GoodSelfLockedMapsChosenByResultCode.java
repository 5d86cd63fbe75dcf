package publication.guardedstateescape;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A watch manager keeps two maps, each guarded by its own monitor, and hands either out. A registration
 * picks the map by the result code of the request ({@code ok ? data() : exists()}) and takes that map's
 * monitor around every use of it, so the lock travels with whichever map it was given.
 */
public class GoodSelfLockedMapsChosenByResultCode {
    static final class Manager {
        private final Map<String, Set<Runnable>> dataWatches = new HashMap<>();
        private final Map<String, Set<Runnable>> existWatches = new HashMap<>();

        Map<String, Set<Runnable>> getDataWatches() {
            return dataWatches;
        }

        Map<String, Set<Runnable>> getExistWatches() {
            return existWatches;
        }

        void clear() {
            synchronized (dataWatches) {
                dataWatches.clear();
            }
            synchronized (existWatches) {
                existWatches.clear();
            }
        }
    }

    private final Manager manager = new Manager();

    Manager getManager() {
        return manager;
    }

    abstract class Registration {
        private final String path;
        private final Runnable watcher;

        Registration(String path, Runnable watcher) {
            this.path = path;
            this.watcher = watcher;
        }

        protected abstract Map<String, Set<Runnable>> getWatches(int rc);

        public void register(int rc) {
            Map<String, Set<Runnable>> watches = getWatches(rc);
            synchronized (watches) {
                Set<Runnable> watchers = watches.get(path);
                if (watchers == null) {
                    watchers = new HashSet<>();
                    watches.put(path, watchers);
                }
                watchers.add(watcher);
            }
        }
    }

    class ExistsRegistration extends Registration {
        ExistsRegistration(String path, Runnable watcher) {
            super(path, watcher);
        }

        @Override
        protected Map<String, Set<Runnable>> getWatches(int rc) {
            return rc == 0 ? getManager().getDataWatches() : getManager().getExistWatches();
        }
    }

    class DataRegistration extends Registration {
        DataRegistration(String path, Runnable watcher) {
            super(path, watcher);
        }

        @Override
        protected Map<String, Set<Runnable>> getWatches(int rc) {
            return getManager().getDataWatches();
        }
    }
}
