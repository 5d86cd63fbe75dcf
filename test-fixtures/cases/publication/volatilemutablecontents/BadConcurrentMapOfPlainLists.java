package publication.volatilemutablecontents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A pub/sub index that connection threads update: the map is concurrent, its values plain lists, so two
 * subscribers of one topic add to the same ArrayList at once.
 */
public class BadConcurrentMapOfPlainLists {
    private final Map<String, List<String>> subscribers = new ConcurrentHashMap<>();
    private final Map<String, List<String>> history = new ConcurrentHashMap<>();
    private final ExecutorService connections = Executors.newFixedThreadPool(8);

    public void connect(String topic, String client) {
        connections.execute(() -> subscribe(topic, client));
    }

    public void subscribe(String topic, String client) {
        subscribers.putIfAbsent(topic, new ArrayList<>());
        subscribers.get(topic).add(client); // expect: VolatileMutableContents['`add()` changes a value of `subscribers` without a lock'], VolatileMutableContents['the values it holds are plain `ArrayList`s']
        List<String> seen = history.computeIfAbsent(topic, t -> new ArrayList<>());
        seen.add(client); // expect: VolatileMutableContents['`add()` changes a value of `history` without a lock']
    }

    public List<String> subscribersOf(String topic) {
        List<String> subs = subscribers.get(topic);
        return subs == null ? List.of() : List.copyOf(subs);
    }
}
