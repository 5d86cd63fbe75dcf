// EXPECT: none
package probe5.cache;

// OK: listeners live in a CopyOnWriteArrayList (iteration sees a stable snapshot) and every state transition is a compareAndSet on an AtomicReference; stop is only accepted once start has fully completed

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Start/stop lifecycle for a long-running service component, with listeners
 * that are notified of every transition. Listeners may be added or removed from
 * any thread at any time, including from inside a callback.
 */
public class ServiceLifecycle {

    /** Lifecycle states; transitions only ever move forward. */
    public enum State { NEW, STARTING, RUNNING, STOPPING, STOPPED }

    /** Transition callback. */
    public interface LifecycleListener {
        void onTransition(State from, State to);
    }

    private final List<LifecycleListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicReference<State> state = new AtomicReference<>(State.NEW);

    public void addListener(LifecycleListener listener) {
        listeners.add(listener);
    }

    public void removeListener(LifecycleListener listener) {
        listeners.remove(listener);
    }

    public State state() {
        return state.get();
    }

    /** Starts the service; returns false if it was already started by someone else. */
    public boolean start() {
        if (!state.compareAndSet(State.NEW, State.STARTING)) {
            return false;
        }
        fire(State.NEW, State.STARTING);
        state.set(State.RUNNING);
        fire(State.STARTING, State.RUNNING);
        return true;
    }

    /** Stops a running service; returns false if it is not (yet) running. */
    public boolean stop() {
        if (!state.compareAndSet(State.RUNNING, State.STOPPING)) {
            return false;
        }
        fire(State.RUNNING, State.STOPPING);
        state.set(State.STOPPED);
        fire(State.STOPPING, State.STOPPED);
        return true;
    }

    private void fire(State from, State to) {
        for (LifecycleListener listener : listeners) {
            listener.onTransition(from, to);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ServiceLifecycle lifecycle = new ServiceLifecycle();
        lifecycle.addListener((from, to) -> System.out.println(from + " -> " + to));
        Thread starter = new Thread(lifecycle::start, "bootstrap");
        Thread registrar = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                LifecycleListener l = (from, to) -> { };
                lifecycle.addListener(l);
                lifecycle.removeListener(l);
            }
        }, "plugin-loader");
        starter.start();
        registrar.start();
        starter.join();
        registrar.join();
        System.out.println("stopped: " + lifecycle.stop() + ", state=" + lifecycle.state());
    }
}
