package atomicity.checkthenact;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A listener added to a concurrent list only when it is not there yet: two threads adding the same
 * listener can both find it missing, and the list then holds it twice, so it is called twice per event
 * (the fix is addIfAbsent). A remove between the check and the add loses nothing: that is the order
 * remove, then add.
 */
public class BadListAddedWhenMissingTwice {
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public void addListener(Runnable listener) {
        if (!listeners.contains(listener)) {
            listeners.add(listener); // expect: CheckThenAct['another thread can add the same element in between, and the list then holds it twice']
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
