package deadlock.lockorderinversion;

/**
 * register() holds the registry lock and refreshes; refresh() holds the object's state lock and then
 * takes the registry lock. The program calls refresh() only from register(), where the registry lock is
 * already held: there it takes it again, re-entrantly. Only a client calling refresh() itself, while
 * another registers, closes the cycle. A note that says so.
 */
public class BadCycleOnlyOutsideCallersCloseNote {
    private static final Object REGISTRY = new Object();
    private final Object state = new Object();
    private int version;
    private static int registered;

    public void register() {
        synchronized (REGISTRY) {
            registered++;
            refresh(); // expect: LockOrderInversion['only code outside the program calling it without that lock closes the cycle']
        }
    }

    public void refresh() {
        synchronized (state) {
            version++;
            synchronized (REGISTRY) { // expect: LockOrderInversion['other side of a lock-order inversion']
                registered += 0;
            }
        }
    }
}
