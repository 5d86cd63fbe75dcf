package races.unguardedwrite;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The look-alike: counts the requests of a server. Instances are shared by all request threads, and the
 * count is an AtomicLong.
 */
public class GoodDocumentedSharedAtomicCounter {
    private final AtomicLong served = new AtomicLong();

    public void served() {
        served.incrementAndGet();
    }

    public long total() {
        return served.get();
    }
}
