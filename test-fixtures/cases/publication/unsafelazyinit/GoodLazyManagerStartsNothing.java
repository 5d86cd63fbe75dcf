package publication.unsafelazyinit;

import java.util.List;

/**
 * The same lazily made manager without threads of its own: its state is all in final fields, so
 * final-field semantics publish it safely, and a second copy built by a race only wasted the work.
 */
public final class GoodLazyManagerStartsNothing {

    static final class RouteTable {
        private final List<String> hosts;

        RouteTable() {
            this.hosts = List.of("a.example", "b.example");
        }

        String pick(int key) {
            return hosts.get(Math.floorMod(key, hosts.size()));
        }
    }

    private static RouteTable routes;

    private GoodLazyManagerStartsNothing() {
    }

    static RouteTable routes() {
        if (routes == null) {
            routes = new RouteTable();
        }
        return routes;
    }

    public static String route(int key) {
        return routes().pick(key);
    }
}
