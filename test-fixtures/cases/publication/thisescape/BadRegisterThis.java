package publication.thisescape;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The constructor registers this before the counts map is assigned: an event can arrive on a half-built listener. */
public class BadRegisterThis implements EventListener {
    private final String name;
    private final ConcurrentMap<String, Integer> counts;

    public BadRegisterThis(String name, EventSource source) {
        this.name = name;
        source.registerListener(this); // expect: ThisEscape['`this` is passed to `source.registerListener(...)`'], ThisEscape['`counts` is assigned only after it']
        this.counts = new ConcurrentHashMap<>(); // related: ThisEscape['`counts` is assigned after `this` escaped']
    }

    @Override
    public void onEvent(String event) {
        counts.merge(name + ":" + event, 1, Integer::sum);
    }
}
