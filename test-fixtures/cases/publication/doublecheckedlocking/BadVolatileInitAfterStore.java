package publication.doublecheckedlocking;

import java.util.HashMap;
import java.util.Map;

/** Double-checked locking on a volatile field, but init() runs after the store: a fast-path reader gets an empty catalog. */
public class BadVolatileInitAfterStore {
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
                    catalog = new Catalog(); // related: DoubleCheckedLocking['`catalog` is published here']
                    catalog.init(); // expect: DoubleCheckedLocking['`catalog` is volatile and already published at line 24, but its object is still being changed here']
                }
            }
        }
        return catalog;
    }
}
