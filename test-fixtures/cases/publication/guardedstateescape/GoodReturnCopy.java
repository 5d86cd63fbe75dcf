package publication.guardedstateescape;

import java.util.ArrayList;
import java.util.List;

/** The getter returns a copy made under the lock: callers own their snapshot. */
public class GoodReturnCopy {
    private final List<String> pending = new ArrayList<>();

    public synchronized void add(String orderId) {
        pending.add(orderId);
    }

    public synchronized List<String> pending() {
        return new ArrayList<>(pending);
    }

    public synchronized List<String> pendingReadOnly() {
        return List.copyOf(pending);
    }
}
