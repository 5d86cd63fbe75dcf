package publication.thisescape;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** JCIP's SafeListener: a private constructor builds the object, then a static factory registers the finished listener. */
public class GoodStaticFactory {
    private final ConcurrentMap<String, Integer> counts = new ConcurrentHashMap<>();
    private final EventListener listener;

    private GoodStaticFactory() {
        listener = new EventListener() {
            @Override
            public void onEvent(String event) {
                counts.merge(event, 1, Integer::sum);
            }
        };
    }

    public static GoodStaticFactory newInstance(EventSource source) {
        GoodStaticFactory safe = new GoodStaticFactory();
        source.registerListener(safe.listener);
        return safe;
    }

    public int count(String event) {
        return counts.getOrDefault(event, 0);
    }
}
