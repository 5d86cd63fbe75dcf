package races.unguardedwrite;

/** The same public helper without the assertion: any caller can write the field without the lock. */
public class BadUnassertedPublicHelper {
    private final Object lock = new Object();
    private int count;

    public void increment() {
        synchronized (lock) {
            bump();
        }
    }

    public void bump() {
        count++; // expect: UnguardedWrite
    }

    public int count() {
        synchronized (lock) {
            return count;
        }
    }
}
