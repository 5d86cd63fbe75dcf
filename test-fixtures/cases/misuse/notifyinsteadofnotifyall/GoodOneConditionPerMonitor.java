package misuse.notifyinsteadofnotifyall;

/**
 * Look-alikes of turn taking where notify() wakes a thread that can go on: each gate's waiters wait on
 * the gate's own monitor for the gate's own field, so all of them wait for the same thing; and the
 * static ticket lock's waiters all test static state only.
 */
public final class GoodOneConditionPerMonitor {
    private static final Object tickets = new Object();
    private static int available;
    private final int id;
    private boolean open;

    public GoodOneConditionPerMonitor(int id) {
        this.id = id;
    }

    public synchronized void pass() throws InterruptedException {
        while (!open) {
            wait();
        }
        open = false;
    }

    public synchronized void openOnce() {
        open = true;
        notify();
    }

    public static void take() throws InterruptedException {
        synchronized (tickets) {
            while (available == 0) {
                tickets.wait();
            }
            available--;
        }
    }

    public static void give() {
        synchronized (tickets) {
            available++;
            tickets.notify();
        }
    }

    public int id() {
        return id;
    }
}
