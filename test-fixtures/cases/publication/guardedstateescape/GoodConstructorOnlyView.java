package publication.guardedstateescape;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The host list is filled in the constructor and never changed, so its unmodifiable view is safe to share; the counter is guarded. */
public class GoodConstructorOnlyView {
    private final List<String> hosts = new ArrayList<>();
    private int next;

    public GoodConstructorOnlyView(List<String> initial) {
        hosts.addAll(initial);
    }

    public List<String> hosts() {
        return Collections.unmodifiableList(hosts);
    }

    public synchronized String pick() {
        String h = hosts.get(next % hosts.size());
        next++;
        return h;
    }
}
