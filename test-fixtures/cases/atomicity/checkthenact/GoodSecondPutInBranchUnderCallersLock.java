package atomicity.checkthenact;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A registry whose private register() checks a key and puts in either branch, called only while the
 * registry's lock is held (and from the constructor, on an object no one else sees yet): the check and
 * both puts are one step. The second put is the same kind of access as the first, under the same lock
 * (log4j's TypeConverterRegistry.registerConverter).
 */
public final class GoodSecondPutInBranchUnderCallersLock {
    private static final Object LOCK = new Object();
    private final Map<String, Comparable<String>> converters = new ConcurrentHashMap<>();

    public GoodSecondPutInBranchUnderCallersLock() {
        register("int", "0");
    }

    public Comparable<String> converterFor(String type) {
        Comparable<String> found = converters.get(type);
        if (found != null) {
            return found;
        }
        synchronized (LOCK) {
            return register(type, type.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private Comparable<String> register(String type, Comparable<String> converter) {
        Comparable<String> existing = converters.get(type);
        if (existing != null) {
            if (converter.compareTo(type) < 0) {
                converters.put(type, converter);
                return converter;
            }
            return existing;
        } else {
            converters.put(type, converter);
            return converter;
        }
    }
}
