package atomicity.checkthenact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * JCIP's ListHelper inside one class: addIfAbsent checks and adds holding `this`, while importAll adds to
 * the same synchronized list holding only the list's own monitor, so it can add the address in between.
 */
public class BadPrivateListPutIfAbsentUnderWrongLock {
    private final List<String> addresses = Collections.synchronizedList(new ArrayList<>());

    public synchronized boolean addIfAbsent(String email) {
        boolean absent = !addresses.contains(email);
        if (absent) {
            addresses.add(email); // expect: CheckThenAct['check-then-act on synchronized collection `addresses` under `this`, not under its own lock: `contains` and then `add` are each atomic, but `BadPrivateListPutIfAbsentUnderWrongLock.importAll` changes `addresses` holding only its own monitor']
        }
        return absent;
    }

    public void importAll(Collection<String> emails) {
        synchronized (addresses) {
            for (String email : emails) {
                if (!addresses.contains(email)) {
                    addresses.add(email);
                }
            }
        }
    }
}
