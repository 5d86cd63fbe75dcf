package atomicity.checkthenact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * JCIP listing 4.15: the same put-if-absent with client-side locking on the list itself, the lock its
 * own methods take; and a private synchronized list the owner only ever uses under its own monitor,
 * which no code outside the class can reach.
 */
public class GoodPutIfAbsentUnderListLock<E> {
    public final List<E> list = Collections.synchronizedList(new ArrayList<E>());
    private final List<E> seen = Collections.synchronizedList(new ArrayList<E>());

    public boolean putIfAbsent(E x) {
        synchronized (list) {
            boolean absent = !list.contains(x);
            if (absent) {
                list.add(x);
            }
            return absent;
        }
    }

    public synchronized boolean firstSight(E x) {
        boolean absent = !seen.contains(x);
        if (absent) {
            seen.add(x);
        }
        return absent;
    }

    public synchronized int seenCount() {
        return seen.size();
    }
}
