package atomicity.checkthenact;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * A listener added to a concurrent set only when it is not there yet: a set keeps one copy whatever
 * happens between the check and the add, so the pair does what a bare add does (whoever adds or removes
 * in between, the outcome is that of some order of the calls). The check only saves a copy of the array.
 */
public class GoodSetAddedWhenMissing {
    private final Set<Runnable> listeners = new CopyOnWriteArraySet<>();

    public void addListener(Runnable listener) {
        if (!listeners.contains(listener)) {
            listeners.add(listener);
        }
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    public void fire() {
        for (Runnable l : listeners) {
            l.run();
        }
    }
}
