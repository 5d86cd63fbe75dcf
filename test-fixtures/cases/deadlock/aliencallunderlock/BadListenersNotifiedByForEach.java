package deadlock.aliencallunderlock;

import java.util.ArrayList;
import java.util.List;

/**
 * Listeners handed in by clients, notified under the monitor through {@code forEach} and a lambda whose
 * parameter has no written type: the lambda runs during the call, with the monitor held, and each
 * listener is client code.
 */
public class BadListenersNotifiedByForEach {
    private final List<Listener> listeners = new ArrayList<>();
    private int version;

    public synchronized void addListener(Listener listener) {
        listeners.add(listener);
    }

    public synchronized void update() {
        version++;
        listeners.forEach(l -> l.changed(version)); // expect: AlienCallUnderLock['`l.changed()` on a `Listener`, handed in by callers of `BadListenersNotifiedByForEach.addListener`']
    }

    /** Told of each new version. */
    public interface Listener {
        void changed(int version);
    }
}
