package atomicity.checkthenact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * JCIP listing 4.14: put-if-absent on a public synchronized list, made atomic with the helper's own
 * monitor. Everyone else who uses the list takes the list's lock (its own methods do), not the
 * helper's, so another thread can add x between the contains and the add.
 */
public class BadPutIfAbsentUnderWrongLock<E> {
    public final List<E> list = Collections.synchronizedList(new ArrayList<E>());

    public synchronized boolean putIfAbsent(E x) {
        boolean absent = !list.contains(x);
        if (absent) {
            list.add(x); // expect: CheckThenAct['check-then-act on synchronized collection `list` under `this`, not under its own lock']
        }
        return absent;
    }
}
