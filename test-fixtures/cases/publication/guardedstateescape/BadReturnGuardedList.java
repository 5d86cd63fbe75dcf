package publication.guardedstateescape;

import java.util.ArrayList;
import java.util.List;

/** A synchronized order book hands out its live list: callers iterate it while other threads add under the lock. */
public class BadReturnGuardedList {
    private final List<String> pending = new ArrayList<>();

    public synchronized void add(String orderId) {
        pending.add(orderId); // related: GuardedStateEscape['`pending` is changed under `this` here']
    }

    public synchronized boolean remove(String orderId) {
        return pending.remove(orderId); // related: GuardedStateEscape['`pending` is changed under `this` here']
    }

    public synchronized List<String> pending() {
        return pending; // expect: GuardedStateEscape['`BadReturnGuardedList.pending` returns `pending`, whose contents are changed under `this`']
    }
}
