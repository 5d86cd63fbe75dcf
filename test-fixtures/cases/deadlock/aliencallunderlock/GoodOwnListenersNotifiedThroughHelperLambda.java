package deadlock.aliencallunderlock;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The same helper, but every listener is one the class makes itself: the lambda's parameter can only be
 * a {@code Counter}, whose code is known and takes no lock.
 */
public class GoodOwnListenersNotifiedThroughHelperLambda {
    private final List<Listener> listeners = new ArrayList<>();
    private int version;

    public synchronized void track(String name) {
        listeners.add(new Counter(name));
    }

    public synchronized void update() {
        version++;
        each(l -> l.changed(version));
    }

    private void each(Consumer<Listener> action) {
        for (Listener l : listeners) {
            action.accept(l);
        }
    }

    /** Told of each new version. */
    interface Listener {
        void changed(int version);
    }

    private static final class Counter implements Listener {
        private final String name;
        private int seen;

        Counter(String name) {
            this.name = name;
        }

        @Override
        public void changed(int version) {
            seen++;
        }

        @Override
        public String toString() {
            return name + ": " + seen;
        }
    }
}
