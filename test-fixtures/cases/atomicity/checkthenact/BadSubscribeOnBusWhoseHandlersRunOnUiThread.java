package atomicity.checkthenact;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * An event bus. Handlers are always invoked on the UI dispatch thread.
 *
 * The comment speaks of the handlers, not of the bus's methods: plugins subscribe from any thread, and two
 * first subscribers of a topic can each put a list, one replacing the other's with its handler in it.
 */
public class BadSubscribeOnBusWhoseHandlersRunOnUiThread {
    private final Map<String, List<Consumer<Object>>> subscribers = new ConcurrentHashMap<>();

    public void subscribe(String topic, Consumer<Object> handler) {
        List<Consumer<Object>> handlers = subscribers.get(topic);
        if (handlers == null) {
            handlers = new CopyOnWriteArrayList<>();
            subscribers.put(topic, handlers); // expect: CheckThenAct['check-then-act on concurrent map `subscribers`']
        }
        handlers.add(handler);
    }
}
