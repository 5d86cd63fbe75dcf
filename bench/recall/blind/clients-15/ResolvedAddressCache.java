// EXPECT: none
package probe15b; import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Resolver cache used by the RPC channel factory. resolve() is invoked from many
 * caller threads at once, while a scheduled task refreshes all known hosts.
 * Readers never lock: they read the current copy-on-write snapshot.
 */
public class ResolvedAddressCache implements AutoCloseable {

    private volatile Map<String, List<InetAddress>> snapshot = Map.of();
    private final Object writeLock = new Object();
    private final ScheduledExecutorService refresher;

    public ResolvedAddressCache(long refreshSeconds) {
        this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "resolver-refresh");
            t.setDaemon(true);
            return t;
        });
        refresher.scheduleWithFixedDelay(this::refreshAll, refreshSeconds, refreshSeconds, TimeUnit.SECONDS);
    }

    public List<InetAddress> resolve(String host) throws UnknownHostException {
        List<InetAddress> cached = snapshot.get(host); // OK: snapshot is an immutable Map.copyOf published through a volatile field
        if (cached != null) {
            return cached;
        }
        List<InetAddress> resolved = lookupNow(host);
        store(host, resolved);
        return resolved;
    }

    public int size() {
        return snapshot.size();
    }

    private void store(String host, List<InetAddress> addresses) {
        synchronized (writeLock) {
            Map<String, List<InetAddress>> next = new HashMap<>(snapshot);
            next.put(host, addresses);
            snapshot = Map.copyOf(next);
        }
    }

    private void refreshAll() {
        for (String host : snapshot.keySet()) {
            try {
                store(host, lookupNow(host));
            } catch (UnknownHostException e) {
                // keep the previous answer
            }
        }
    }

    private static List<InetAddress> lookupNow(String host) throws UnknownHostException {
        return List.of(InetAddress.getAllByName(host));
    }

    @Override
    public void close() {
        refresher.shutdownNow();
    }
}
