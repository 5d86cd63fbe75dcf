package publication.thisescape;

import java.lang.ref.ReferenceQueue;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An extendable pool starts its listener thread as the constructor's last action. The thread runs an
 * inner listener that touches only fields assigned before the start and calls no method a subclass could
 * override, so a subclass constructor still running after the start changes nothing the listener sees
 * (kafka GarbageCollectedMemoryPool).
 */
public class GoodListenerThreadStartedLastCallsNoOverride {
    private final ReferenceQueue<Object> collected = new ReferenceQueue<>();
    private final Map<Object, Integer> inFlight = new ConcurrentHashMap<>();
    private final Thread listenerThread;
    private volatile boolean alive = true;

    public GoodListenerThreadStartedLastCallsNoOverride() {
        Listener listener = new Listener();
        this.listenerThread = new Thread(listener, "pool listener");
        this.listenerThread.setDaemon(true);
        this.listenerThread.start();
    }

    public void track(Object buffer, int size) {
        inFlight.put(buffer, size);
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
                    inFlight.remove(ref);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
