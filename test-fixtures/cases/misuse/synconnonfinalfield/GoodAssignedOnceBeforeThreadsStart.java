package misuse.synconnonfinalfield;

/**
 * The elector is assigned once, in {@code initZk()}, at the start of {@code run()}, before the threads
 * that call {@code recheckElectability()} are started; it is never reassigned, so every thread locks the
 * same object (hadoop ZKFailoverController.elector, misuse review #7; cassandra SSTableReader
 * InstanceTidier.setup, #4, is the same pattern). The same set-up write is also taken for a write that
 * skips a lock: the field's own monitor.
 */
public class GoodAssignedOnceBeforeThreadsStart {
    private Elector elector;
    private Thread healthMonitor;

    public void run() {
        initZk();
        healthMonitor = new Thread(this::recheckElectability, "health-monitor");
        healthMonitor.start();
    }

    private void initZk() {
        elector = new Elector();
    }

    void recheckElectability() {
        synchronized (elector) {
            elector.rejoin();
        }
    }

    /** Takes part in the election. */
    public static final class Elector {
        private int joins;

        void rejoin() {
            joins++;
        }
    }
}
