package races.mutablestaticstate;

import java.util.concurrent.atomic.AtomicInteger;

/** Instance methods update a static AtomicInteger and set a static volatile reference: both are safe without a lock. */
public class GoodAtomicAndVolatileStatics {
    private static final AtomicInteger CREATED = new AtomicInteger();
    private static volatile String lastName = "";

    private final String name;

    public GoodAtomicAndVolatileStatics(String name) {
        this.name = name;
        CREATED.incrementAndGet();
    }

    public void activate() {
        lastName = name;
    }

    public static String lastActivated() {
        return lastName;
    }

    public static int created() {
        return CREATED.get();
    }
}
