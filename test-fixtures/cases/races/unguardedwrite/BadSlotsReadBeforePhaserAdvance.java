package races.unguardedwrite;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Phaser;

/**
 * The look-alike: each worker reads the other workers' slots before it arrives at the phaser, while they
 * may still be filling them; the barrier comes too late to order anything.
 */
public class BadSlotsReadBeforePhaserAdvance {
    private final List<List<String>> parsed = new ArrayList<>();
    private final int[] duplicates = new int[4];

    public BadSlotsReadBeforePhaserAdvance() {
        for (int i = 0; i < 4; i++) {
            parsed.add(null);
        }
    }

    private void work(int id, Phaser phaser) {
        List<String> keys = new ArrayList<>();
        keys.add("key-" + id);
        parsed.set(id, keys); // expect: UnguardedWrite['`parsed.set()` changes `parsed` without a lock, by a task']
        int dup = 0;
        for (int other = 0; other < parsed.size(); other++) {
            if (other != id && parsed.get(other) != null && parsed.get(other).contains("key-" + id)) {
                dup++;
            }
        }
        duplicates[id] = dup;
        phaser.arriveAndAwaitAdvance();
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
