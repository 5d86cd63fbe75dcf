package deadlock.lockorderinversion;

import java.util.Vector;

/** record() holds this object's monitor and calls Vector.add, which takes the vector's monitor; export() holds the vector's monitor (to iterate it safely) and calls the synchronized lastSequence(): opposite orders, deadlock. */
public final class BadVectorMonitor {
    private final Vector<String> entries = new Vector<>();
    private long lastSequence;

    public synchronized void record(String event) {
        lastSequence++;
        entries.add(lastSequence + ":" + event); // expect: LockOrderInversion
    }

    public synchronized long lastSequence() {
        return lastSequence;
    }

    public String export() {
        synchronized (entries) {
            return String.join("\n", entries) + "\n# up to " + lastSequence(); // expect: LockOrderInversion['other side of a lock-order inversion']
        }
    }
}
