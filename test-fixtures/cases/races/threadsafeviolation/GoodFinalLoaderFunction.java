package races.threadsafeviolation;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import net.jcip.annotations.ThreadSafe;

/**
 * A @ThreadSafe cache keeps the loader function it was given in a final field: nothing says a
 * {@code Function} has state, and the cache only calls it; its map is used under the monitor.
 */
@ThreadSafe
public class GoodFinalLoaderFunction {
    private final Function<String, String> loader;
    private final Map<String, String> values = new HashMap<>();

    public GoodFinalLoaderFunction(Function<String, String> loader) {
        this.loader = loader;
    }

    public synchronized String get(String key) {
        return values.computeIfAbsent(key, loader);
    }
}
