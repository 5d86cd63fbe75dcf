package publication.guardedstateescape;

/** A latency histogram updated under its monitor returns the bucket array itself, which callers read unlocked. */
public class BadReturnGuardedArray {
    private final long[] buckets = new long[8];

    public synchronized void record(long micros) {
        int i = (int) Math.min(buckets.length - 1, micros / 1000);
        buckets[i]++;
    }

    public synchronized long[] buckets() {
        return buckets; // expect: GuardedStateEscape
    }
}
