package atomicity.putifabsentignored;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A sticky choice per topic: a new choice goes in with putIfAbsent when there was none, or replaces the
 * old one; the local is used afterwards only in the other branch of the same {@code if}, which never runs
 * after the putIfAbsent, and the method answers with what the map holds (kafka's StickyPartitionCache).
 */
public class GoodPutIfAbsentOnlyInOtherBranch {
    private final ConcurrentMap<String, Integer> chosen = new ConcurrentHashMap<>();

    public int next(String topic, int partitions) {
        Integer old = chosen.get(topic);
        Integer pick = ThreadLocalRandom.current().nextInt(partitions);
        if (old == null) {
            chosen.putIfAbsent(topic, pick);
        } else {
            chosen.replace(topic, old, pick);
        }
        return chosen.get(topic);
    }
}
