// EXPECT: none
package probe.dl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** Caches resolved upstream routes for the API gateway; read-mostly. */
// OK: the read lock is released before the write lock is taken (then re-checked), and the write->read downgrade is permitted by ReentrantReadWriteLock
public class RouteTableCache {

    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    private final Map<String, String> upstreamByPath = new HashMap<>();

    public String resolve(String path) {
        rw.readLock().lock();
        try {
            String cached = upstreamByPath.get(path);
            if (cached != null) {
                return cached;
            }
        } finally {
            rw.readLock().unlock();
        }
        rw.writeLock().lock();
        try {
            String upstream = upstreamByPath.get(path);
            if (upstream == null) {
                upstream = lookupServiceRegistry(path);
                upstreamByPath.put(path, upstream);
            }
            rw.readLock().lock(); // downgrade: hold read access while releasing write access
            try {
                rw.writeLock().unlock();
                return upstreamByPath.get(path);
            } finally {
                rw.readLock().unlock();
            }
        } finally {
            if (rw.isWriteLockedByCurrentThread()) {
                rw.writeLock().unlock();
            }
        }
    }

    private static String lookupServiceRegistry(String path) {
        return "http://backend-" + Math.abs(path.hashCode() % 3) + ".internal" + path;
    }

    public static void main(String[] args) {
        RouteTableCache routes = new RouteTableCache();
        List<CompletableFuture<String>> lookups = List.of(
                CompletableFuture.supplyAsync(() -> routes.resolve("/orders")),
                CompletableFuture.supplyAsync(() -> routes.resolve("/users")),
                CompletableFuture.supplyAsync(() -> routes.resolve("/orders")));
        for (CompletableFuture<String> lookup : lookups) {
            System.out.println(lookup.join());
        }
    }
}
