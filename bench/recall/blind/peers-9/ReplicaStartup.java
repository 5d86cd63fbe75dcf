// EXPECT: none
package probe9a; import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Read replica that replays a snapshot log at startup. Reads that arrive before
 * the replay has finished spin briefly until the replica is caught up; after
 * that the state map is never modified again.
 */
public class ReplicaStartup {

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
        while (!caughtUp) { // OK: volatile read; the replay writes happen-before the volatile write of caughtUp
            Thread.onSpinWait();
        }
        return state.get(key);
    }

    public boolean isCaughtUp() {
        return caughtUp;
    }

    private static List<String[]> sampleLog() {
        return List.of(
                new String[] {"user:1", "alice"},
                new String[] {"user:2", "bob"},
                new String[] {"user:3", "carol"},
                new String[] {"user:2", null},
                new String[] {"user:4", "dave"});
    }

    public static void main(String[] args) throws InterruptedException {
        ReplicaStartup replica = new ReplicaStartup();

        ExecutorService readers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 1_000; i++) {
            final String key = "user:" + (i % 5);
            readers.submit(() -> replica.read(key));
        }

        Thread replayer = new Thread(() -> replica.replay(sampleLog()), "snapshot-replay");
        replayer.start();

        readers.shutdown();
        readers.awaitTermination(10, TimeUnit.SECONDS);
        replayer.join();
        System.out.println("caught up: " + replica.isCaughtUp() + ", user:1=" + replica.read("user:1"));
    }
}
