package sendsync.parallelstreamsideeffect;

import java.util.stream.IntStream;

/** Parallel workers increment cells of one shared int[]: two threads hitting the same bucket lose counts. */
public class BadSharedArrayHistogram {
    public int[] histogram(int[] latenciesMillis) {
        int[] buckets = new int[10];
        IntStream.range(0, latenciesMillis.length).parallel().forEach(i -> {
            int b = Math.min(9, latenciesMillis[i] / 100);
            buckets[b]++; // expect: ParallelStreamSideEffect
        });
        return buckets;
    }
}
