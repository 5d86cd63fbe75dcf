package races.staticguardedbyinstance;

/**
 * A volatile static set whole under an instance's lock (a single write is atomic and visible to every
 * thread), and a volatile static counter updated under the class's lock, which all instances share.
 */
public final class GoodVolatileStaticSetUnderInstanceLock implements Runnable {
    private static volatile long lastRun;
    private static volatile int runs;
    private final Object lock = new Object();

    @Override
    public void run() {
        synchronized (lock) {
            lastRun = System.nanoTime();
        }
        synchronized (GoodVolatileStaticSetUnderInstanceLock.class) {
            runs++;
        }
    }

    public static long lastRun() {
        return lastRun;
    }

    public static int runs() {
        return runs;
    }
}
