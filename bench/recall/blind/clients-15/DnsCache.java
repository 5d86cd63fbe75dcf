// EXPECT: unguarded-shared-field @ line 32
package probe15b; import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Caches DNS answers for the HTTP client. lookup() is called concurrently by the
 * request threads of the client; a background task re-resolves every cached host
 * at a fixed interval so that endpoint moves are picked up.
 */
public class DnsCache implements AutoCloseable {

    private final Map<String, List<InetAddress>> entries = new HashMap<>();
    private final ScheduledExecutorService refresher;

    public DnsCache(long refreshSeconds) {
        this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dns-refresh");
            t.setDaemon(true);
            return t;
        });
        refresher.scheduleWithFixedDelay(this::refreshAll, refreshSeconds, refreshSeconds, TimeUnit.SECONDS);
    }

    public List<InetAddress> lookup(String host) throws UnknownHostException {
        List<InetAddress> cached = entries.get(host); // BUG: HashMap read without the lock that guards every put (refresher and other request threads)
        if (cached != null) {
            return cached;
        }
        List<InetAddress> resolved = resolve(host);
        synchronized (entries) {
            entries.put(host, resolved);
        }
        return resolved;
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private void refreshAll() {
        List<String> hosts;
        synchronized (entries) {
            hosts = new ArrayList<>(entries.keySet());
        }
        for (String host : hosts) {
            try {
                List<InetAddress> fresh = resolve(host);
                synchronized (entries) {
                    entries.put(host, fresh);
                }
            } catch (UnknownHostException e) {
                // keep serving the stale answer until the next round
            }
        }
    }

    private static List<InetAddress> resolve(String host) throws UnknownHostException {
        return List.of(InetAddress.getAllByName(host));
    }

    @Override
    public void close() {
        refresher.shutdownNow();
    }
}
