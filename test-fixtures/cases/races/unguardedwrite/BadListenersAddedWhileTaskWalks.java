package races.unguardedwrite;

import java.util.ArrayList;
import java.util.List;

/**
 * Listeners are added to a plain list by any thread while a dispatch thread walks it, with no lock on
 * either side: the walk can fail with ConcurrentModificationException or miss a listener.
 */
public class BadListenersAddedWhileTaskWalks {
    private final List<Runnable> listeners = new ArrayList<>();

    public void register(Runnable listener) {
        listeners.add(listener); // expect: UnguardedWrite['`listeners.add()` changes `listeners` without a lock, while a task that runs on another thread walks it']
    }

    public void fireAsync() {
        new Thread(() -> {
            for (Runnable r : listeners) {
                r.run();
            }
        }).start();
    }
}
