package races.unguardedwrite;

/** A static limit read and raised under the class's monitor, and reset without it. */
public class BadStaticWrittenWithoutClassLock {
    private static int limit;

    public static synchronized int limit() {
        return limit;
    }

    public static synchronized void raise() {
        limit++;
    }

    public static void reset() {
        limit = 0; // expect: UnguardedWrite['`limit` is written without `BadStaticWrittenWithoutClassLock.class`']
    }
}
