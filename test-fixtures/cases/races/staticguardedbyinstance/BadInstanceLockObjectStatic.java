package races.staticguardedbyinstance;

/** Each transfer object has its own lock object, yet it guards a JVM-wide static byte total with it. */
public class BadInstanceLockObjectStatic {
    private static long totalBytes;
    private final Object lock = new Object();
    private long bytes;

    public void transferred(long n) {
        synchronized (lock) {
            bytes += n;
            totalBytes += n; // expect: StaticGuardedByInstance['static `totalBytes` is written holding only `lock`, a lock of one instance']
        }
    }

    public long bytes() {
        synchronized (lock) {
            return bytes;
        }
    }

    public long totalBytes() {
        synchronized (lock) {
            return totalBytes;
        }
    }
}
