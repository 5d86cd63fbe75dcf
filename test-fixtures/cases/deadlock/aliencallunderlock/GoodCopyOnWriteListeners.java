package deadlock.aliencallunderlock;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Listeners live in a CopyOnWriteArrayList and are iterated with no lock held; only the state change itself is synchronized. */
public final class GoodCopyOnWriteListeners {
    public interface ConnectionListener {
        void onStateChange(String state);
    }

    private final List<ConnectionListener> listeners = new CopyOnWriteArrayList<>();
    private String state = "DISCONNECTED";

    public void addListener(ConnectionListener listener) {
        listeners.add(listener);
    }

    public void transition(String next) {
        synchronized (this) {
            state = next;
        }
        for (ConnectionListener listener : listeners) {
            listener.onStateChange(next);
        }
    }

    public synchronized String state() {
        return state;
    }
}
