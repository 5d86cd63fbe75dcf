package deadlock.aliencallunderlock;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Listeners handed in by clients, notified under the monitor through a helper that takes a
 * {@code Consumer<Listener>}: the lambda's parameter is a client's listener, called with the monitor held.
 */
public class BadListenersNotifiedThroughHelperLambda {
    private final List<Listener> listeners = new ArrayList<>();
    private int version;

    public synchronized void addListener(Listener listener) {
        listeners.add(listener);
    }

    public synchronized void update() {
        version++;
        each(l -> l.changed(version)); // expect: AlienCallUnderLock['`l.changed()` on a `Listener`, handed in by callers of `BadListenersNotifiedThroughHelperLambda.addListener`']
    }

    private void each(Consumer<Listener> action) {
        for (Listener l : listeners) {
            action.accept(l);
        }
    }

    /** Told of each new version. */
    public interface Listener {
        void changed(int version);
    }
}
