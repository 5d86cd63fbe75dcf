package publication.unsafelazyinit;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A process-wide connection manager made on first use. Its fields are all final, but its constructor
 * starts an idle-connection evictor: two first requests at once each build one, and the copy that loses
 * the race keeps its evictor thread running with nothing to stop it.
 */
public final class BadLazyManagerStartsEvictor {

    static final class ConnectionManager {
        private final ScheduledExecutorService evictor = Executors.newSingleThreadScheduledExecutor();

        ConnectionManager() {
            evictor.scheduleWithFixedDelay(this::evictIdle, 30, 30, TimeUnit.SECONDS);
        }

        String exchange(String url) {
            return "GET " + url;
        }

        private void evictIdle() {
            // close idle sockets
        }
    }

    private static ConnectionManager manager;

    private BadLazyManagerStartsEvictor() {
    }

    static ConnectionManager manager() {
        if (manager == null) {
            manager = new ConnectionManager(); // expect: UnsafeLazyInit['static `manager` is lazily initialized without a lock']
        }
        return manager;
    }

    public static String get(String url) {
        return manager().exchange(url);
    }
}
