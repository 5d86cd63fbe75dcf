package publication.thisescape;

import java.lang.ref.ReferenceQueue;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The look-alike: the listener thread, started last in an extendable class's constructor, calls a hook a
 * subclass can override; the override reads the subclass's fields, which its constructor assigns only
 * after this one has started the thread.
 */
public class BadListenerThreadStartedLastCallsOverridableHook {
    private final ReferenceQueue<Object> collected = new ReferenceQueue<>();
    private final Map<Object, Integer> inFlight = new ConcurrentHashMap<>();
    private final Thread listenerThread;
    private volatile boolean alive = true;

    public BadListenerThreadStartedLastCallsOverridableHook() {
        Listener listener = new Listener();
        this.listenerThread = new Thread(listener, "pool listener");
        this.listenerThread.setDaemon(true);
        this.listenerThread.start(); // expect: ThisEscape['a subclass constructor or a method of the object called after it may still be assigning']
    }

    public void track(Object buffer, int size) {
        inFlight.put(buffer, size);
    }

    protected void onReclaimed(Integer size) {
        System.err.println("reclaimed " + size);
    }

    public void close() {
        alive = false;
        listenerThread.interrupt();
    }

    private final class Listener implements Runnable {
        @Override
        public void run() {
            while (alive) {
                try {
                    Object ref = collected.remove();
                    onReclaimed(inFlight.remove(ref));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
