package races.threadsafeviolation;

import net.jcip.annotations.Immutable;
import net.jcip.annotations.ThreadSafe;

/** A @ThreadSafe client whose fields are final references to an immutable class and to a thread-safe class of the same code base. */
@ThreadSafe
public class GoodFinalOfScannedSyncTypes {
    private final Endpoint endpoint;
    private final RequestCounter counter = new RequestCounter();
    private volatile Endpoint fallback;

    public GoodFinalOfScannedSyncTypes(Endpoint endpoint) {
        this.endpoint = endpoint;
        this.fallback = endpoint;
    }

    public String call(String path) {
        counter.increment();
        return endpoint.url(path);
    }

    public void failOver(Endpoint next) {
        fallback = next;
    }

    public String fallbackUrl(String path) {
        return fallback.url(path);
    }
}

/** An immutable host/port pair. */
@Immutable
final class Endpoint {
    private final String host;
    private final int port;

    Endpoint(String host, int port) {
        this.host = host;
        this.port = port;
    }

    String url(String path) {
        return "https://" + host + ":" + port + path;
    }
}

/** A counter that is thread-safe because its only field is guarded by its monitor. */
@ThreadSafe
final class RequestCounter {
    private long count;

    synchronized void increment() {
        count++;
    }

    synchronized long count() {
        return count;
    }
}
