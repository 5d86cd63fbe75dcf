package publication.guardedstateescape;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A thread-safe class returning its concurrent collections and an immutable String: none of them needs the caller to lock. */
public class GoodConcurrentAndImmutable {
    private final Map<String, Integer> scores = new ConcurrentHashMap<>();
    private final List<String> watchers = new CopyOnWriteArrayList<>();
    private String leader = "";
    private int leaderScore;

    public synchronized void score(String player, int points) {
        int total = scores.merge(player, points, Integer::sum);
        if (total > leaderScore) {
            leaderScore = total;
            leader = player;
        }
    }

    public void watch(String watcher) {
        watchers.add(watcher);
    }

    public Map<String, Integer> scores() {
        return scores;
    }

    public List<String> watchers() {
        return watchers;
    }

    public synchronized String leader() {
        return leader;
    }
}
