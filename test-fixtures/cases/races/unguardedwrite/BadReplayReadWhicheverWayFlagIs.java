package races.unguardedwrite;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The same replica, but the read only logs whether the replay has finished and then reads the map
 * either way: a read made before the flag is raised races with the replay's changes.
 */
public class BadReplayReadWhicheverWayFlagIs {
    private final Map<String, String> state = new HashMap<>();
    private volatile boolean caughtUp;

    public void replay(List<String[]> log) {
        for (String[] entry : log) {
            if (entry[1] == null) {
                state.remove(entry[0]); // expect: UnguardedWrite['`state.remove()` changes `state` without a lock']
            } else {
                state.put(entry[0], entry[1]);
            }
        }
        caughtUp = true;
    }

    public String read(String key) {
        if (!caughtUp) {
            System.out.println("reading before the replay has finished");
        }
        return state.get(key);
    }

    public static void main(String[] args) {
        BadReplayReadWhicheverWayFlagIs replica = new BadReplayReadWhicheverWayFlagIs();
        ExecutorService readers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 100; i++) {
            String key = "user:" + (i % 5);
            readers.execute(() -> System.out.println(replica.read(key)));
        }
        new Thread(() -> replica.replay(List.<String[]>of(new String[] {"user:1", "alice"}))).start();
        readers.shutdown();
    }
}
