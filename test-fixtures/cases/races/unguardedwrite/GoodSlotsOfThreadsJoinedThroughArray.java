package races.unguardedwrite;

/**
 * Each shard thread counts the words of its own shard into its own cell; the threads are kept in an
 * array, started through it, and a later loop over that array joins every one before the loop over the
 * cells adds them up: each join orders its thread's writes before the reads.
 */
public class GoodSlotsOfThreadsJoinedThroughArray {
    private final String[][] shards = {{"a", "b"}, {"c"}, {"d", "e", "f"}};
    private final int[] wordsPerShard = new int[shards.length];

    private void countShard(int shard) {
        for (String word : shards[shard]) {
            if (!word.isEmpty()) {
                wordsPerShard[shard]++;
            }
        }
    }

    public int totalWords() throws InterruptedException {
        Thread[] counters = new Thread[shards.length];
        for (int s = 0; s < counters.length; s++) {
            int shard = s;
            counters[s] = new Thread(() -> countShard(shard));
            counters[s].start();
        }
        for (Thread counter : counters) {
            counter.join();
        }
        int total = 0;
        for (int words : wordsPerShard) {
            total += words;
        }
        return total;
    }
}
