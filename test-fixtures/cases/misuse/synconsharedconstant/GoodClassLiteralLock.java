package misuse.synconsharedconstant;

/** Static id generator locking on its own class literal, which belongs to this class alone. */
public final class GoodClassLiteralLock {
    private static long next;

    private GoodClassLiteralLock() {
    }

    public static long nextId() {
        synchronized (GoodClassLiteralLock.class) {
            return ++next;
        }
    }
}
