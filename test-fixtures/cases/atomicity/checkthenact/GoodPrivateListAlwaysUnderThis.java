package atomicity.checkthenact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The look-alike changes its private synchronized list only holding `this`: `this` guards it, and the
 * check and the add under it are atomic together.
 */
public class GoodPrivateListAlwaysUnderThis {
    private final List<String> addresses = Collections.synchronizedList(new ArrayList<>());

    public synchronized boolean addIfAbsent(String email) {
        boolean absent = !addresses.contains(email);
        if (absent) {
            addresses.add(email);
        }
        return absent;
    }

    public void importAll(Collection<String> emails) {
        synchronized (this) {
            for (String email : emails) {
                if (!addresses.contains(email)) {
                    addresses.add(email);
                }
            }
        }
    }
}
