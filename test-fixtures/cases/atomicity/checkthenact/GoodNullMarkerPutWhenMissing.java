package atomicity.checkthenact;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A memo of a method's operations remembers "none" with one shared marker: two threads that both find
 * the key missing both put that same marker and return, so nothing is lost (Spring's
 * AbstractFallbackCacheOperationSource).
 */
public class GoodNullMarkerPutWhenMissing {
    private static final Collection<String> NONE = Collections.emptyList();
    private final Map<String, Collection<String>> operations = new ConcurrentHashMap<>();

    public Collection<String> operationsOf(String method) {
        Collection<String> cached = operations.get(method);
        if (cached != null) {
            return cached != NONE ? cached : null;
        }
        Collection<String> found = method.startsWith("cached") ? List.of("cacheable") : null;
        if (found == null) {
            operations.put(method, NONE);
        }
        return found;
    }
}
