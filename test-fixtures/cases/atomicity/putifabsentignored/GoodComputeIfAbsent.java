package atomicity.putifabsentignored;

import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;

/** computeIfAbsent returns the inbox that is actually in the map, whichever thread created it. */
public class GoodComputeIfAbsent {
    private final ConcurrentMap<String, Queue<String>> inboxes = new ConcurrentHashMap<>();

    public void deliver(String user, String message) {
        inboxes.computeIfAbsent(user, u -> new ConcurrentLinkedQueue<>()).add(message);
    }
}
