package publication.thisescape;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The router hands itself to its purge policy before it has set its default route. The policy keeps the
 * router in a private field and, from its own thread, only ever calls {@code deleteRoute}, which reads the
 * routes map assigned before the escape: no code the policy runs on the router reads the late field, so
 * this is a note (log4j's RoutingAppender handing itself to IdlePurgePolicy.initialize).
 */
public class BadPolicyKeepsOwnerCallsOnlyEarlyState {

    /** Drops idle routes of the router it is given, on a thread of its own. */
    public static final class PurgePolicy {
        private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        private final Map<String, Long> lastUsed = new ConcurrentHashMap<>();
        private ScheduledFuture<?> purging;
        private BadPolicyKeepsOwnerCallsOnlyEarlyState router;

        public void initialize(BadPolicyKeepsOwnerCallsOnlyEarlyState owner) {
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
                router.deleteRoute(key);
            }
        }
    }

    private final Map<String, String> routes = new ConcurrentHashMap<>();
    private final String defaultRoute;

    public BadPolicyKeepsOwnerCallsOnlyEarlyState(PurgePolicy policy, String defaultRoute) {
        policy.initialize(this); // expect: ThisEscape['`this` is passed to `policy.initialize(...)`, which keeps it']
        this.defaultRoute = defaultRoute;
    }

    public void deleteRoute(String key) {
        routes.remove(key);
    }

    public String route(String key) {
        return routes.getOrDefault(key, defaultRoute);
    }
}
