package publication.guardedstateescape;

import java.util.Arrays;

/** The histogram returns clones of its guarded arrays, never the arrays themselves. */
public class GoodArrayCopies {
    private final long[] buckets = new long[8];
    private final String[] labels = {"<1ms", "<8ms", "<64ms", "<512ms", "<4s", "<32s", "<4m", "more"};

    public synchronized void record(int bucket) {
        buckets[bucket]++;
    }

    public synchronized void rename(int bucket, String label) {
        labels[bucket] = label;
    }

    public synchronized long[] buckets() {
        return buckets.clone();
    }

    public synchronized String[] labels() {
        return Arrays.copyOf(labels, labels.length);
    }
}
