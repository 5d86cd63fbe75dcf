// EXPECT: none
package probe6b;

import java.util.ArrayList;
import java.util.List;

/**
 * Notifies listeners about connection state changes of a client.
 *
 * <p><b>Thread-safety:</b> thread-safe. {@link #fireStateChanged} is called by the
 * client's I/O thread ({@code client-io}); listeners may be added and removed from any
 * thread, including from inside a callback. Listeners are always invoked without any
 * lock of this class held.
 */
public final class ConnectionEventNotifier {

    public interface Listener {
        void onStateChanged(String endpoint, String state);
    }

    private final Object lock = new Object();
    private final List<Listener> listeners = new ArrayList<>(); // guarded by lock

    public void addListener(Listener l) {
        synchronized (lock) {
            listeners.add(l);
        }
    }

    public void removeListener(Listener l) {
        synchronized (lock) {
            listeners.remove(l);
        }
    }

    /** Called by the I/O thread on every state change. */
    public void fireStateChanged(String endpoint, String state) {
        List<Listener> snapshot;
        synchronized (lock) {
            snapshot = new ArrayList<>(listeners);
        }
        for (Listener l : snapshot) {
            l.onStateChanged(endpoint, state); // OK: listener runs on a snapshot after the registry lock was released, so no lock-order cycle with AuditListener's monitor
        }
    }

    /**
     * Records state changes for diagnostics. Thread-safe: guarded by its own monitor.
     * {@link #restart()} is called from the JMX admin thread.
     */
    public static final class AuditListener implements Listener {
        private final ConnectionEventNotifier notifier;
        private final List<String> history = new ArrayList<>(); // guarded by this

        public AuditListener(ConnectionEventNotifier notifier) {
            this.notifier = notifier;
        }

        @Override
        public synchronized void onStateChanged(String endpoint, String state) {
            history.add(endpoint + "=" + state);
        }

        /** Detaches, clears the history and re-attaches. */
        public synchronized void restart() {
            notifier.removeListener(this);
            history.clear();
            notifier.addListener(this);
        }

        public synchronized int size() {
            return history.size();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ConnectionEventNotifier notifier = new ConnectionEventNotifier();
        AuditListener audit = new AuditListener(notifier);
        notifier.addListener(audit);

        Thread io = new Thread(() -> {
            for (int i = 0; i < 10_000; i++) {
                notifier.fireStateChanged("db:5432", (i & 1) == 0 ? "CONNECTED" : "DISCONNECTED");
            }
        }, "client-io");
        Thread admin = new Thread(() -> {
            for (int i = 0; i < 10_000; i++) {
                audit.restart();
            }
        }, "jmx-admin");
        io.start();
        admin.start();
        io.join();
        admin.join();
    }
}
