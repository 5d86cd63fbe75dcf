package races.unguardedwrite;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The same replica, but a read that comes before the replay has finished answers nothing rather than
 * waiting: it reads the map only once it has seen the one-way volatile flag raised, which orders every
 * change of the replay before the read.
 */
public class GoodReplayReadOnlyOnceFlagSeenRaised {
    private final Map<String, String> state = new HashMap<>();
    private volatile boolean caughtUp;

    public void replay(List<String[]> log) {
        for (String[] entry : log) {
            if (entry[1] == null) {
                state.remove(entry[0]);
            } else {
                state.put(entry[0], entry[1]);
            }
        }
        caughtUp = true;
    }

    public String read(String key) {
        if (!caughtUp) {
            return null;
        }
        return state.get(key);
    }

    public static void main(String[] args) {
        GoodReplayReadOnlyOnceFlagSeenRaised replica = new GoodReplayReadOnlyOnceFlagSeenRaised();
        ExecutorService readers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 100; i++) {
            String key = "user:" + (i % 5);
            readers.execute(() -> System.out.println(replica.read(key)));
        }
        new Thread(() -> replica.replay(List.<String[]>of(new String[] {"user:1", "alice"}))).start();
        readers.shutdown();
    }
}
