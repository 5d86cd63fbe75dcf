package publication.unsafelazyinit;

import java.util.HashMap;
import java.util.Map;

/**
 * Builds its codec table on first use and returns the entry it looks up, kept in a local first: the
 * table is a static field stored with no lock, so two threads can both build it, and one can see the
 * reference before the map inside is complete.
 */
public final class BadStaticTableLookupKeptInLocal {
    private static Map<String, String> codecs;

    private BadStaticTableLookupKeptInLocal() {
    }

    public static String codecFor(String name) {
        if (codecs == null) {
            codecs = load(); // expect: UnsafeLazyInit['static `codecs` is lazily initialized without a lock']
        }
        String codec = codecs.get(name);
        if (codec == null) {
            throw new IllegalArgumentException("unknown codec " + name);
        }
        return codec;
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        m.put("gzip", "deflate");
        m.put("identity", "none");
        return m;
    }
}
