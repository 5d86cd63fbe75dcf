package publication.doublecheckedlocking;

import java.util.HashMap;
import java.util.Map;

/** The catalog is built and initialized in a local, and only the finished object is assigned to the volatile field. */
public class GoodVolatileBuiltInLocal {
    static final class Catalog {
        private final Map<String, Integer> prices = new HashMap<>();

        void init() {
            prices.put("apple", 3);
            prices.put("pear", 4);
        }
    }

    private final Object lock = new Object();
    private volatile Catalog catalog;

    public Catalog catalog() {
        if (catalog == null) {
            synchronized (lock) {
                if (catalog == null) {
                    Catalog c = new Catalog();
                    c.init();
                    catalog = c;
                }
            }
        }
        return catalog;
    }
}
