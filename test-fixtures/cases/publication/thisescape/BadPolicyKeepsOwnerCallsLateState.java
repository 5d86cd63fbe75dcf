package publication.thisescape;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * As the router whose purge policy only deletes routes, but the policy also asks the router where a key
 * goes, and that reads the default route the constructor assigns after the escape: the policy's thread can
 * see it unset. A warning.
 */
public class BadPolicyKeepsOwnerCallsLateState {

    /** Drops idle routes of the router it is given, on a thread of its own. */
    public static final class PurgePolicy {
        private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        private final Map<String, Long> lastUsed = new ConcurrentHashMap<>();
        private ScheduledFuture<?> purging;
        private BadPolicyKeepsOwnerCallsLateState router;

        public void initialize(BadPolicyKeepsOwnerCallsLateState owner) {
            this.router = owner;
            purging = scheduler.scheduleWithFixedDelay(this::purge, 1, 1, TimeUnit.MINUTES);
        }

        public void stop() {
            purging.cancel(false);
        }

        public void used(String key) {
            lastUsed.put(key, System.nanoTime());
        }

        private void purge() {
            for (String key : lastUsed.keySet()) {
                if (router.route(key) != null) {
                    router.deleteRoute(key);
                }
            }
        }
    }

    private final Map<String, String> routes = new ConcurrentHashMap<>();
    private final String defaultRoute;

    public BadPolicyKeepsOwnerCallsLateState(PurgePolicy policy, String defaultRoute) {
        policy.initialize(this); // expect: ThisEscape['`this` is passed to `policy.initialize(...)`, which keeps it'], ThisEscape['`defaultRoute` is assigned only after it']
        this.defaultRoute = defaultRoute;
    }

    public void deleteRoute(String key) {
        routes.remove(key);
    }

    public String route(String key) {
        return routes.getOrDefault(key, defaultRoute);
    }
}
