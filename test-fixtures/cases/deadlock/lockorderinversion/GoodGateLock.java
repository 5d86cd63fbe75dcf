package deadlock.lockorderinversion;

import java.util.ArrayList;
import java.util.List;

/** writeThrough and repair take primary and replica in opposite orders, but both only while holding the same outer gate lock, so the two orders can never run at the same time. */
public final class GoodGateLock {
    private final Object gate = new Object();
    private final Object primary = new Object();
    private final Object replica = new Object();
    private final List<String> primaryLog = new ArrayList<>();
    private final List<String> replicaLog = new ArrayList<>();

    public void writeThrough(String entry) {
        synchronized (gate) {
            synchronized (primary) {
                primaryLog.add(entry);
                synchronized (replica) {
                    replicaLog.add(entry);
                }
            }
        }
    }

    public void repair() {
        synchronized (gate) {
            synchronized (replica) {
                synchronized (primary) {
                    primaryLog.clear();
                    primaryLog.addAll(replicaLog);
                }
            }
        }
    }

    public int primarySize() {
        synchronized (primary) {
            return primaryLog.size();
        }
    }
}
