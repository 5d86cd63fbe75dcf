package publication.unsafelazyinit;

import java.util.ArrayList;
import java.util.List;

/** A client with a volatile "closed" flag (so it is used from several threads) lazily creates its buffer with no lock. */
public class BadInstanceWithVolatileFlag {
    private volatile boolean closed;
    private List<String> buffer;

    public List<String> buffer() {
        if (closed) {
            throw new IllegalStateException("closed");
        }
        if (buffer == null) {
            buffer = new ArrayList<>(64); // expect: UnsafeLazyInit
        }
        return buffer;
    }

    public void close() {
        closed = true;
    }
}
