package races.unguardedwrite;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The same replica, but the replay raises the flag before it changes the map: a reader that sees the
 * flag raised reads the map while the replay is still changing it.
 */
public class BadReplayFlagRaisedBeforeChanges {
    private final Map<String, String> state = new HashMap<>();
    private volatile boolean caughtUp;

    public void replay(List<String[]> log) {
        caughtUp = true;
        for (String[] entry : log) {
            if (entry[1] == null) {
                state.remove(entry[0]); // expect: UnguardedWrite['`state.remove()` changes `state` without a lock']
            } else {
                state.put(entry[0], entry[1]);
            }
        }
    }

    public String read(String key) {
        while (!caughtUp) {
            Thread.onSpinWait();
        }
        return state.get(key);
    }

    public static void main(String[] args) {
        BadReplayFlagRaisedBeforeChanges replica = new BadReplayFlagRaisedBeforeChanges();
        ExecutorService readers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 100; i++) {
            String key = "user:" + (i % 5);
            readers.execute(() -> System.out.println(replica.read(key)));
        }
        new Thread(() -> replica.replay(List.<String[]>of(new String[] {"user:1", "alice"}))).start();
        readers.shutdown();
    }
}
