package atomicity.checkthenact;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The look-alike of GoodSecondPutInBranchUnderCallersLock with a public registerAll() that calls
 * register() without the lock: two threads can both find the key missing and both put, so one
 * registration is lost.
 */
public final class BadSecondPutInBranchOneCallerUnlocked {
    private static final Object LOCK = new Object();
    private final Map<String, Comparable<String>> converters = new ConcurrentHashMap<>();

    public Comparable<String> converterFor(String type) {
        synchronized (LOCK) {
            return register(type, type.toLowerCase(java.util.Locale.ROOT));
        }
    }

    public void registerAll(Iterable<String> types) {
        for (String type : types) {
            register(type, type);
        }
    }

    private Comparable<String> register(String type, Comparable<String> converter) {
        Comparable<String> existing = converters.get(type);
        if (existing != null) {
            if (converter.compareTo(type) < 0) {
                converters.put(type, converter); // expect: CheckThenAct['check-then-act on concurrent map `converters`']
                return converter;
            }
            return existing;
        } else {
            converters.put(type, converter); // expect: CheckThenAct['check-then-act on concurrent map `converters`']
            return converter;
        }
    }
}
