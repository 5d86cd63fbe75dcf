package atomicity.checkthenact;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * A host marked up again only when it is known: between the check and the add, another thread can mark
 * it down and remove it, and the add then puts back a host that is down, an outcome no order of the two
 * calls gives (cassandra's LimitedLocalNodeFirstLocalBalancingPolicy.onUp).
 */
public class BadSetElementPutBackAfterRemove {
    private final Set<String> liveHosts = new CopyOnWriteArraySet<>();

    public void onUp(String host) {
        if (liveHosts.contains(host)) {
            liveHosts.add(host); // expect: CheckThenAct['another thread can remove the element in between, and the add puts it back']
        }
    }

    public void onDown(String host) {
        liveHosts.remove(host);
    }

    public int live() {
        return liveHosts.size();
    }
}
