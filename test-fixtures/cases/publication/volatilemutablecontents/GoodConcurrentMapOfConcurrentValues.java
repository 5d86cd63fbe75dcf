package publication.volatilemutablecontents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Look-alikes of a concurrent map's values changed in place: the values are thread-safe sets and lists,
 * a plain list is changed inside the map's own compute (under the map's lock for that key), or under a
 * lock; values handed in by callers are of a kind the program does not show.
 */
public class GoodConcurrentMapOfConcurrentValues {
    private final Map<String, Set<String>> members = new ConcurrentHashMap<>();
    private final Map<String, List<String>> log = new ConcurrentHashMap<>();
    private final Map<String, List<String>> computed = new ConcurrentHashMap<>();
    private final Map<String, List<String>> locked = new ConcurrentHashMap<>();
    private final Map<String, List<String>> handedIn = new ConcurrentHashMap<>();
    private final ExecutorService connections = Executors.newFixedThreadPool(8);

    public void connect(String topic, String client) {
        connections.execute(() -> {
            join(topic, client);
            compute(topic, client);
            lockedAdd(topic, client);
            addHandedIn(topic, client);
        });
    }

    public void join(String topic, String client) {
        members.computeIfAbsent(topic, t -> ConcurrentHashMap.newKeySet()).add(client);
        log.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(client);
    }

    public void compute(String topic, String client) {
        computed.compute(topic, (t, list) -> {
            List<String> l = list == null ? new ArrayList<>() : list;
            l.add(client);
            return l;
        });
    }

    public synchronized void lockedAdd(String topic, String client) {
        locked.computeIfAbsent(topic, t -> new ArrayList<>()).add(client);
    }

    public void register(String topic, List<String> clients) {
        handedIn.put(topic, clients);
    }

    public void addHandedIn(String topic, String client) {
        List<String> l = handedIn.get(topic);
        if (l != null) {
            l.add(client);
        }
    }
}
