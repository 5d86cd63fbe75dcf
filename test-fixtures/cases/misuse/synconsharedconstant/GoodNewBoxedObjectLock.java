package misuse.synconsharedconstant;

/**
 * CERT LCK01-J's compliant boxed lock: {@code new Integer(count)} makes an object of its own, which the
 * JVM does not cache and no other code holds, unlike {@code Integer.valueOf} or autoboxing.
 */
public class GoodNewBoxedObjectLock {
    private int count;
    @SuppressWarnings("removal")
    private final Integer lock = new Integer(count);

    public void increment() {
        synchronized (lock) {
            count++;
        }
    }

    public int count() {
        synchronized (lock) {
            return count;
        }
    }
}
