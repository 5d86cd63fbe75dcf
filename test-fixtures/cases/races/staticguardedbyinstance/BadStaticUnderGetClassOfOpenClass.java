package races.staticguardedbyinstance;

/**
 * The same budget in a class that can be extended: an instance of a subclass locks the subclass's Class
 * object, so two threads can change the static count at once.
 */
public class BadStaticUnderGetClassOfOpenClass {
    private static int open;
    private static final int MAX = 32;

    public boolean tryOpen() {
        synchronized (getClass()) { // expect: SyncOnGetClass['synchronized on getClass() in non-final class']
            if (open >= MAX) {
                return false;
            }
            open++; // expect: StaticGuardedByInstance['static `open` is written holding only `getClass()`, a lock of one instance']
            return true;
        }
    }

    public static synchronized int open() {
        return open;
    }

    public void close() {
        synchronized (BadStaticUnderGetClassOfOpenClass.class) {
            open--;
        }
    }
}
