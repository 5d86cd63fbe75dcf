package publication.thisescape;

import java.util.ArrayList;
import java.util.List;

/**
 * The look-alike: the same view and the same early registration, but the bus keeps its listeners in a
 * plain list and nothing in the program shares it between threads (no thread, lock or thread-safe
 * container): posting happens on the one thread that builds the view, after the constructor returns.
 */
public class GoodRegistersWithBusOfPlainList {

    /** Calls every listener on the posting thread. */
    public static final class PlainBus {
        private final List<PlainListener> listeners = new ArrayList<>();

        public void register(PlainListener l) {
            listeners.add(l);
        }

        public void post(String event) {
            for (PlainListener l : listeners) {
                l.onEvent(event);
            }
        }
    }

    /** Told about each event. */
    public interface PlainListener {
        void onEvent(String event);
    }

    private final List<String> seen;

    public GoodRegistersWithBusOfPlainList(PlainBus bus) {
        bus.register(new PlainListener() {
            @Override
            public void onEvent(String event) {
                seen.add(event);
            }
        });
        seen = new ArrayList<>();
    }
}
