package misuse.monitoronconcurrencyobject;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The block tests the session and then sets it, meaning the two to be atomic under the reference's
 * monitor; close() clears the reference with its own lock-free getAndSet, which never takes that monitor,
 * so it can land between the test and the set and the new session survives the close.
 */
public class BadAtomicCheckedThenSetUnderMonitorAlsoSetOutside {
    private final AtomicReference<Object> session = new AtomicReference<>();

    public Object open() {
        synchronized (session) { // expect: MonitorOnConcurrencyObject['so the calls this block makes on it are not atomic against that change']
            Object current = session.get();
            if (current == null) {
                current = new Object();
                session.set(current);
            }
            return current;
        }
    }

    public void close() {
        Object current = session.getAndSet(null);
        if (current != null) {
            System.out.println("closed " + current);
        }
    }
}
