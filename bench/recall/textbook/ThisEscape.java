// EXPECT: this-escape @ line 11
package recall;

import java.util.ArrayList;
import java.util.List;

public class ThisEscape {
    private final List<String> seen;

    public ThisEscape(EventSource source) {
        source.registerListener(new EventListener() {
            public void onEvent(Event e) {
                doSomething(e);
            }
        });
        seen = new ArrayList<>();
    }

    void doSomething(Event e) {
        seen.add(e.name());
    }

    public interface EventListener {
        void onEvent(Event e);
    }

    public record Event(String name) {
    }

    public static class EventSource {
        private final List<EventListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

        public void registerListener(EventListener l) {
            listeners.add(l);
        }

        public void fire(Event e) {
            for (EventListener l : listeners) {
                l.onEvent(e);
            }
        }
    }
}
