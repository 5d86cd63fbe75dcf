package races.staticguardedbyinstance;

/**
 * A process-wide budget shared by every pool's object: the class is final, so getClass() is always
 * this class's Class object, one lock for every instance, the same one the static methods use.
 */
public final class GoodStaticUnderGetClassOfFinalClass {
    private static int open;
    private static final int MAX = 32;

    public boolean tryOpen() {
        synchronized (getClass()) {
            if (open >= MAX) {
                return false;
            }
            open++;
            return true;
        }
    }

    public static synchronized int open() {
        return open;
    }

    public void close() {
        synchronized (GoodStaticUnderGetClassOfFinalClass.class) {
            open--;
        }
    }
}
