package races.guardedbyviolation;

import java.util.HashMap;
import java.util.Map;
import net.jcip.annotations.GuardedBy;

/** Every access to the "this"-guarded map is in a synchronized method or a synchronized (this) block. */
public class GoodSynchronizedAccess {
    @GuardedBy("this")
    private final Map<String, Integer> scores = new HashMap<>();

    public synchronized void record(String player, int points) {
        scores.merge(player, points, Integer::sum);
    }

    public int score(String player) {
        synchronized (this) {
            return scores.getOrDefault(player, 0);
        }
    }
}
