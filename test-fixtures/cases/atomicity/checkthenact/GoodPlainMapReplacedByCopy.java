package atomicity.checkthenact;

import java.util.HashMap;
import java.util.Map;

/**
 * A per-request cookie cache whose map starts as an empty immutable {@code Map.of()} and is replaced by
 * a plain {@code HashMap} copy of itself before a put: the field holds a plain map from then on, so a
 * get-then-put on it is no check-then-act on a thread-safe object (jetty CookieCache._apiCookies).
 * Whether the cache itself is shared is the race rules' question.
 */
public class GoodPlainMapReplacedByCopy {
    private Map<Class<?>, Object[]> apiCookies = Map.of();

    public Object[] get(Class<?> apiClass) {
        Object[] cookies = apiCookies.get(apiClass);
        if (cookies == null) {
            cookies = new Object[1];
            apiCookies = new HashMap<>(apiCookies);
            apiCookies.put(apiClass, cookies);
        }
        return cookies;
    }

    public void clear() {
        apiCookies = Map.of();
    }
}
