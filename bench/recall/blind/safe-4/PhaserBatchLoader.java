// EXPECT: none
package probe4.safe;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Phaser;

// Two-phase batch import: each worker parses its own file chunk, then every worker
// validates its chunk against the global set of keys loaded by all workers.
// OK: phase-0 writes to per-worker slots happen-before phase-1 reads via Phaser.arriveAndAwaitAdvance; main reads after awaitAdvance of final phase
public class PhaserBatchLoader {

    private final List<List<String>> chunks;
    private final List<List<String>> parsedKeys;
    private final int[] duplicates;

    public PhaserBatchLoader(List<List<String>> chunks) {
        this.chunks = chunks;
        this.parsedKeys = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            parsedKeys.add(null);
        }
        this.duplicates = new int[chunks.size()];
    }

    private void work(int id, Phaser phaser) {
        List<String> keys = new ArrayList<>();
        for (String line : chunks.get(id)) {
            keys.add(line.substring(0, line.indexOf(',')).trim());
        }
        parsedKeys.set(id, keys);
        phaser.arriveAndAwaitAdvance();

        int dup = 0;
        for (String key : parsedKeys.get(id)) {
            for (int other = 0; other < parsedKeys.size(); other++) {
                if (other != id && parsedKeys.get(other).contains(key)) {
                    dup++;
                    break;
                }
            }
        }
        duplicates[id] = dup;
        phaser.arriveAndDeregister();
    }

    public int[] load() {
        Phaser phaser = new Phaser(1);
        for (int i = 0; i < chunks.size(); i++) {
            final int id = i;
            phaser.register();
            new Thread(() -> work(id, phaser), "loader-" + id).start();
        }
        phaser.arriveAndAwaitAdvance();
        int phase = phaser.arrive();
        phaser.awaitAdvance(phase);
        return duplicates.clone();
    }

    public static void main(String[] args) {
        List<List<String>> chunks = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                lines.add("cust-" + (c * 250 + i) + ", row " + i);
            }
            chunks.add(lines);
        }
        int[] dups = new PhaserBatchLoader(chunks).load();
        int total = 0;
        for (int d : dups) {
            total += d;
        }
        System.out.println("duplicate keys across chunks: " + total);
    }
}
