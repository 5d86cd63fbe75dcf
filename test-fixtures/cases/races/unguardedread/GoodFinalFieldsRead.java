package races.unguardedread;

/** A rate counter whose configuration is final (safely published) and read without the lock that guards the mutable counters. */
public class GoodFinalFieldsRead {
    private final String name;
    private final int limit;
    private int used;

    public GoodFinalFieldsRead(String name, int limit) {
        this.name = name;
        this.limit = limit;
    }

    public synchronized boolean tryUse() {
        if (used >= limit) {
            return false;
        }
        used++;
        return true;
    }

    public synchronized int used() {
        return used;
    }

    public String describe() {
        return name + " (limit " + limit + ")";
    }
}
