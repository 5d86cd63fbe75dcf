package races.unguardedread;

/**
 * The same logger, but {@code route} reads the policy before it asks the helper: nothing orders that
 * read after {@code start}'s write.
 */
public class BadReadBeforeVolatileCheckInHelper {
    private String fullPolicy;
    private volatile int[] ring;

    public synchronized void start(int size) {
        fullPolicy = size > 1024 ? "enqueue" : "discard";
        ring = new int[size];
    }

    public String route() {
        String policy = fullPolicy; // expect: UnguardedRead['`fullPolicy` is read without `this`, which guards every write to `fullPolicy`']
        if (remaining() < 0) {
            return "discard";
        }
        return policy;
    }

    private int remaining() {
        int[] current = ring;
        return current == null ? -1 : current.length;
    }
}
