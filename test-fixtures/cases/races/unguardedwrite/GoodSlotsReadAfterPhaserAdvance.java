package races.unguardedwrite;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Phaser;

/**
 * Two-phase work: each worker parses its chunk into its own slot, then arrives at the phaser and waits
 * for every other worker before it reads all the slots. What each party did before
 * {@code arriveAndAwaitAdvance()} happens before what any party does after it returns.
 */
public class GoodSlotsReadAfterPhaserAdvance {
    private final List<List<String>> parsed = new ArrayList<>();
    private final int[] duplicates = new int[4];

    public GoodSlotsReadAfterPhaserAdvance() {
        for (int i = 0; i < 4; i++) {
            parsed.add(null);
        }
    }

    private void work(int id, Phaser phaser) {
        List<String> keys = new ArrayList<>();
        keys.add("key-" + id);
        parsed.set(id, keys);
        phaser.arriveAndAwaitAdvance();
        int dup = 0;
        for (int other = 0; other < parsed.size(); other++) {
            if (other != id && parsed.get(other).contains("key-" + id)) {
                dup++;
            }
        }
        duplicates[id] = dup;
        phaser.arriveAndDeregister();
    }

    public void load() {
        Phaser phaser = new Phaser(1);
        for (int i = 0; i < 4; i++) {
            final int id = i;
            phaser.register();
            new Thread(() -> work(id, phaser)).start();
        }
        phaser.arriveAndDeregister();
    }
}
