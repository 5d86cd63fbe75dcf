package misuse.synconnonfinalfield;

/** Connection counter that locks on this for instance state and on the class literal for the static total: neither can be reassigned. */
public class GoodThisAndClassLiteral {
    private static int totalOpened;
    private int open;

    public void opened() {
        synchronized (this) {
            open++;
        }
        synchronized (GoodThisAndClassLiteral.class) {
            totalOpened++;
        }
    }

    public synchronized int open() {
        return open;
    }

    public static int totalOpened() {
        synchronized (GoodThisAndClassLiteral.class) {
            return totalOpened;
        }
    }
}
