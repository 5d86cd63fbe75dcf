package publication.thisescape;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A view registers an anonymous listener with an event bus before it assigns the list the listener
 * fills. The bus shows no thread of its own, but it keeps listeners in a CopyOnWriteArrayList: it is
 * written to be posted to from several threads, and one of them can call the listener half built
 * (JCIP 3.7).
 */
public class BadRegistersWithBusOfConcurrentList {

    /** Calls every listener on the posting thread. */
    public static final class Bus {
        private final List<Listener> listeners = new CopyOnWriteArrayList<>();

        public void register(Listener l) {
            listeners.add(l);
        }

        public void post(String event) {
            for (Listener l : listeners) {
                l.onEvent(event);
            }
        }
    }

    /** Told about each event. */
    public interface Listener {
        void onEvent(String event);
    }

    private final List<String> seen;

    public BadRegistersWithBusOfConcurrentList(Bus bus) {
        bus.register(new Listener() { // expect: ThisEscape['an anonymous `Listener` that holds `this` is passed to `bus.register(...)`, which keeps it'], ThisEscape['`seen` is assigned only after it']
            @Override
            public void onEvent(String event) {
                seen.add(event);
            }
        });
        seen = new ArrayList<>();
    }
}
