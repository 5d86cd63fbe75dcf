package races.unguardedwrite;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A future's listeners are added under its lock while it is not ready, and notified without the lock by
 * the one thread that set it ready (under the lock, after seeing it unset): every add came before that
 * set, and no add touches the list after it (mina's DefaultIoFuture.setValue and notifyListeners).
 */
public class GoodListenersNotifiedByTheOneThreadThatSetReady {
    private final Object lock = new Object();
    private final AtomicBoolean ready = new AtomicBoolean(false);
    private Runnable firstListener;
    private List<Runnable> otherListeners;
    private Object result;

    public boolean setValue(Object value) {
        synchronized (lock) {
            if (ready.get()) {
                return false;
            }
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
            firstListener = null;
            if (otherListeners != null) {
                for (Runnable l : otherListeners) {
                    l.run();
                }
                otherListeners = null;
            }
        }
    }
}
