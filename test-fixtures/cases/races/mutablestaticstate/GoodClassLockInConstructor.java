package races.mutablestaticstate;

/** The constructor counts instances inside synchronized (X.class), one lock for all constructing threads. */
public class GoodClassLockInConstructor {
    private static int created;
    private final String name;

    public GoodClassLockInConstructor(String name) {
        this.name = name;
        synchronized (GoodClassLockInConstructor.class) {
            created++;
        }
    }

    public String name() {
        return name;
    }

    public static synchronized int created() {
        return created;
    }
}
