package races.staticguardedbyinstance;

/** Instance methods that write a static total inside synchronized (X.class): one lock for all instances. */
public class GoodClassLiteralLock {
    private static long totalBytes;

    public void transferred(long n) {
        synchronized (GoodClassLiteralLock.class) {
            totalBytes += n;
        }
    }

    public long totalBytes() {
        synchronized (GoodClassLiteralLock.class) {
            return totalBytes;
        }
    }
}
