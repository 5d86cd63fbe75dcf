package misuse.monitoronconcurrencyobject;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every change of the map holds its monitor, so adding to a queue and removing the queue cannot
 * interleave; reads take no lock, which is what the concurrent map is for.
 */
public class GoodConcurrentMapChangedOnlyUnderItsMonitor {
    private final ConcurrentHashMap<String, ConcurrentLinkedQueue<String>> unsent = new ConcurrentHashMap<>();

    public void put(String node, String request) {
        synchronized (unsent) {
            unsent.computeIfAbsent(node, k -> new ConcurrentLinkedQueue<>()).add(request);
        }
    }

    public ConcurrentLinkedQueue<String> remove(String node) {
        synchronized (unsent) {
            return unsent.remove(node);
        }
    }

    public int count(String node) {
        ConcurrentLinkedQueue<String> requests = unsent.get(node);
        return requests == null ? 0 : requests.size();
    }
}
