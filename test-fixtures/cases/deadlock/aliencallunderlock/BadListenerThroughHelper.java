package deadlock.aliencallunderlock;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The listeners run in a private helper, which the job calls while holding its monitor: the unknown
 * code is one call away, and reported at the call made under the lock, with the way to it.
 */
public class BadListenerThroughHelper {
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private String state = "new";

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public synchronized void complete() {
        state = "done";
        fireChanged(); // expect: AlienCallUnderLock['`fireChanged()` leads to code the program does not know while holding `this`: `listener.changed()` on a `Listener`, handed in by callers of `BadListenerThroughHelper.addListener`']
    }

    private void fireChanged() {
        for (Listener listener : listeners) {
            listener.changed(state); // related: AlienCallUnderLock['runs `listener.changed()`']
        }
    }

    /** Told when the job's state changes. */
    public interface Listener {
        void changed(String newState);

        default void removed() {
        }
    }
}
