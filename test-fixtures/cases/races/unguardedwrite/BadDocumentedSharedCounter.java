package races.unguardedwrite;

/**
 * Counts the requests of a server. Instances are shared by all request threads.
 */
public class BadDocumentedSharedCounter {
    private long served;

    public void served() {
        served++; // expect: UnguardedWrite['`served` is updated without a lock, in class `BadDocumentedSharedCounter`, documented to be shared between threads']
    }

    public long total() {
        return served;
    }
}
