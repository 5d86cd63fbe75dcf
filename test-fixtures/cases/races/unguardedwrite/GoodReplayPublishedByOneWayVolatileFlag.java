package races.unguardedwrite;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A read replica replays a log into a plain map and then raises a volatile flag that nothing lowers
 * again; each read first waits, in a loop with no other way out, until it sees the flag raised. The
 * volatile write orders every change of the replay before every read that follows the wait.
 */
public class GoodReplayPublishedByOneWayVolatileFlag {
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
        while (!caughtUp) {
            Thread.onSpinWait();
        }
        return state.get(key);
    }

    public static void main(String[] args) {
        GoodReplayPublishedByOneWayVolatileFlag replica = new GoodReplayPublishedByOneWayVolatileFlag();
        ExecutorService readers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 100; i++) {
            String key = "user:" + (i % 5);
            readers.execute(() -> System.out.println(replica.read(key)));
        }
        new Thread(() -> replica.replay(List.<String[]>of(new String[] {"user:1", "alice"}))).start();
        readers.shutdown();
    }
}
