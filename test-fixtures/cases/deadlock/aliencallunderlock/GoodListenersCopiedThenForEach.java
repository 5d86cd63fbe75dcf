package deadlock.aliencallunderlock;

import java.util.ArrayList;
import java.util.List;

/**
 * The same listeners, copied under the monitor and notified through {@code forEach} after it is
 * released: client code runs with no lock held.
 */
public class GoodListenersCopiedThenForEach {
    private final List<Listener> listeners = new ArrayList<>();
    private int version;

    public synchronized void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void update() {
        List<Listener> copy;
        int now;
        synchronized (this) {
            now = ++version;
            copy = new ArrayList<>(listeners);
        }
        copy.forEach(l -> l.changed(now));
    }

    /** Told of each new version. */
    public interface Listener {
        void changed(int version);
    }
}
