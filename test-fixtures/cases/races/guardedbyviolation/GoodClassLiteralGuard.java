package races.guardedbyviolation;

import net.jcip.annotations.GuardedBy;

/** A static registry count guarded by the class literal, touched only in static synchronized methods or synchronized (X.class). */
public class GoodClassLiteralGuard {
    @GuardedBy("GoodClassLiteralGuard.class")
    private static int live;

    public GoodClassLiteralGuard() {
        synchronized (GoodClassLiteralGuard.class) {
            live++;
        }
    }

    public void close() {
        synchronized (GoodClassLiteralGuard.class) {
            live--;
        }
    }

    public static synchronized int liveCount() {
        return live;
    }
}
