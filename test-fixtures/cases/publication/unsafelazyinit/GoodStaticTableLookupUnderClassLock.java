package publication.unsafelazyinit;

import java.util.HashMap;
import java.util.Map;

/** The look-alike: the same lookup, with the check and the store under the class's lock. */
public final class GoodStaticTableLookupUnderClassLock {
    private static Map<String, String> codecs;

    private GoodStaticTableLookupUnderClassLock() {
    }

    public static synchronized String codecFor(String name) {
        if (codecs == null) {
            codecs = load();
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
        return m;
    }
}
