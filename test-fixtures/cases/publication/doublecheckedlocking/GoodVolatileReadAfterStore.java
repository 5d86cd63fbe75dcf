package publication.doublecheckedlocking;

import java.util.List;

/** After the finished object is stored in the volatile field, the locked block only reads it (a sanity check): nothing is mutated. */
public final class GoodVolatileReadAfterStore {
    static final class Routes {
        private final List<String> paths;

        Routes(List<String> paths) {
            this.paths = List.copyOf(paths);
        }

        int size() {
            return paths.size();
        }
    }

    private static volatile Routes routes;

    private GoodVolatileReadAfterStore() {
    }

    public static Routes routes() {
        if (routes == null) {
            synchronized (GoodVolatileReadAfterStore.class) {
                if (routes == null) {
                    routes = new Routes(List.of("/", "/health"));
                    if (routes.size() == 0) {
                        throw new IllegalStateException("no routes");
                    }
                }
            }
        }
        return routes;
    }
}
