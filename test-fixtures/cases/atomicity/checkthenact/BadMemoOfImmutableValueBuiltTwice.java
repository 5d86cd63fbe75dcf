package atomicity.checkthenact;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A memo filled on a miss with a value whose state is all final: two threads that miss at once both
 * build it and the later put wins, so the work is done twice, but either copy serves. Real, harmless:
 * a note that computeIfAbsent builds it once.
 */
public class BadMemoOfImmutableValueBuiltTwice {
    /** A parsed route: all its state final. */
    public static final class Route {
        private final String host;
        private final int port;

        Route(String host, int port) {
            this.host = host;
            this.port = port;
        }

        public String host() {
            return host;
        }

        public int port() {
            return port;
        }
    }

    private final Map<String, Route> routes = new ConcurrentHashMap<>();

    public Route route(String spec) {
        Route route = routes.get(spec);
        if (route == null) {
            int colon = spec.indexOf(':');
            route = new Route(spec.substring(0, colon), Integer.parseInt(spec.substring(colon + 1)));
            routes.put(spec, route); // expect: CheckThenAct['the value is immutable (or all its state is final), so either copy serves, but it is built twice']
        }
        return route;
    }
}
