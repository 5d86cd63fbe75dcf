package races.unguardedwrite;

/**
 * The look-alike: the shard threads are kept in an array and joined, but the cells are added up before
 * the join loop, while the threads may still be counting.
 */
public class BadSlotsOfThreadsReadBeforeJoin {
    private final String[][] shards = {{"a", "b"}, {"c"}, {"d", "e", "f"}};
    private final int[] wordsPerShard = new int[shards.length];

    private void countShard(int shard) {
        for (String word : shards[shard]) {
            if (!word.isEmpty()) {
                wordsPerShard[shard]++; // expect: UnguardedWrite['an element of `wordsPerShard` changes `wordsPerShard` without a lock, by a task']
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
        int total = 0;
        for (int words : wordsPerShard) {
            total += words;
        }
        for (Thread counter : counters) {
            counter.join();
        }
        return total;
    }
}
