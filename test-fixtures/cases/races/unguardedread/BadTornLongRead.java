package races.unguardedread;

/** A byte counter updated under the monitor but read without it: a non-volatile long read can be stale or even torn. */
public class BadTornLongRead {
    private long totalBytes;

    public synchronized void add(long bytes) {
        totalBytes += bytes;
    }

    public long totalBytes() {
        return totalBytes; // expect: UnguardedRead['this read can see a stale value, or a torn one (a long or double may be written in two halves)']
    }
}
