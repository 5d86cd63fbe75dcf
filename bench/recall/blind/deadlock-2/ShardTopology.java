// EXPECT: lock-order-inversion-three-class-reentrantlock @ line 105
package probe2.dl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/** Lookup path: Router -> Catalog -> Health. Node failure path: Health -> Router. */
public class ShardTopology {

    public static final class Router {
        private final ReentrantLock routeLock = new ReentrantLock();
        private final Map<String, String> cachedRoutes = new HashMap<>();
        private final Catalog catalog;

        Router(Catalog catalog) {
            this.catalog = catalog;
        }

        public String route(String key) {
            routeLock.lock();
            try {
                String node = cachedRoutes.get(key);
                if (node == null) {
                    node = catalog.ownerOf(key);
                    cachedRoutes.put(key, node);
                }
                return node;
            } finally {
                routeLock.unlock();
            }
        }

        public void evictNode(String node) {
            routeLock.lock();
            try {
                cachedRoutes.values().removeIf(node::equals);
            } finally {
                routeLock.unlock();
            }
        }
    }

    public static final class Catalog {
        private final ReentrantLock catalogLock = new ReentrantLock();
        private final List<String> nodes = new ArrayList<>();
        private final Health health;

        Catalog(Health health) {
            this.health = health;
        }

        public void addNode(String node) {
            catalogLock.lock();
            try {
                nodes.add(node);
            } finally {
                catalogLock.unlock();
            }
        }

        public String ownerOf(String key) {
            catalogLock.lock();
            try {
                int start = Math.floorMod(key.hashCode(), Math.max(1, nodes.size()));
                for (int i = 0; i < nodes.size(); i++) {
                    String candidate = nodes.get((start + i) % nodes.size());
                    if (health.isUp(candidate)) {
                        return candidate;
                    }
                }
                throw new IllegalStateException("no live shard for " + key);
            } finally {
                catalogLock.unlock();
            }
        }
    }

    public static final class Health {
        private final ReentrantLock healthLock = new ReentrantLock();
        private final Set<String> down = new HashSet<>();
        private volatile Router router;

        void bind(Router router) {
            this.router = router;
        }

        public boolean isUp(String node) {
            healthLock.lock();
            try {
                return !down.contains(node);
            } finally {
                healthLock.unlock();
            }
        }

        public void markDown(String node) {
            healthLock.lock();
            try {
                if (down.add(node)) {
                    router.evictNode(node); // BUG: healthLock -> routeLock here, while Router.route holds routeLock -> catalogLock -> healthLock: three-lock cycle
                }
            } finally {
                healthLock.unlock();
            }
        }
    }

    public static Router build(List<String> nodeNames) {
        Health health = new Health();
        Catalog catalog = new Catalog(health);
        nodeNames.forEach(catalog::addNode);
        Router router = new Router(catalog);
        health.bind(router);
        return router;
    }
}
