package races.staticguardedbyinstance;

/** The static "last error" is guarded by a static final lock object, the same for every instance. */
public class GoodStaticFinalLock {
    private static final Object LOCK = new Object();
    private static String lastError = "";

    public void fail(String message) {
        synchronized (LOCK) {
            lastError = message;
        }
    }

    public String lastError() {
        synchronized (LOCK) {
            return lastError;
        }
    }
}
