package races.unguardedwrite;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The same future, but setting it does not check that it was not ready: every caller of setValue sets it
 * and then notifies, so two setters clear the listener list at once.
 */
public class BadListenersNotifiedByEverySetter {
    private final Object lock = new Object();
    private final AtomicBoolean ready = new AtomicBoolean(false);
    private Runnable firstListener;
    private List<Runnable> otherListeners;
    private Object result;

    public boolean setValue(Object value) {
        synchronized (lock) {
            result = value;
            ready.set(true);
        }
        notifyListeners();
        return true;
    }

    public Object value() {
        synchronized (lock) {
            return result;
        }
    }

    public void addListener(Runnable listener) {
        boolean notifyNow = false;
        synchronized (lock) {
            if (ready.get()) {
                notifyNow = true;
            } else if (firstListener == null) {
                firstListener = listener;
            } else {
                if (otherListeners == null) {
                    otherListeners = new ArrayList<>(1);
                }
                otherListeners.add(listener);
            }
        }
        if (notifyNow) {
            listener.run();
        }
    }

    private void notifyListeners() {
        if (firstListener != null) {
            firstListener.run();
            firstListener = null; // expect: UnguardedWrite['`firstListener` is written without `lock`']
            if (otherListeners != null) {
                for (Runnable l : otherListeners) { // expect: UnsafeIteration['`otherListeners` is iterated without holding `lock`']
                    l.run();
                }
                otherListeners = null; // expect: UnguardedWrite['`otherListeners` is written without `lock`']
            }
        }
    }
}
