package publication.unsafelazyinit;

import java.util.concurrent.atomic.AtomicLong;

/** Enum singleton: created once by class initialization, no lazy check at all. */
public enum GoodEnumSingleton {
    INSTANCE;

    private final AtomicLong next = new AtomicLong();

    public long nextId() {
        return next.incrementAndGet();
    }
}
