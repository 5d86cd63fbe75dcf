package deadlock.classinitdeadlock;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Static initializers that wait for a thread the class does not block: the thread sets a local it was
 * handed, or reads only a compile-time constant (which needs no initialization); and one that starts a
 * thread using the class's statics but does not wait for it (the thread runs once initialization ends).
 */
public final class GoodInitializerWaitsForThreadOffItsStatics {
    private static final int ATTEMPTS = 3;
    private static final boolean READY;
    private static int started;

    static {
        AtomicBoolean done = new AtomicBoolean();
        Thread t = new Thread(() -> done.set(ATTEMPTS > 0));
        t.start();
        try {
            t.join();
        } catch (InterruptedException ie) {
            throw new AssertionError(ie);
        }
        READY = done.get();
        new Thread(() -> started++).start();
    }

    public static boolean ready() {
        return READY && started >= 0;
    }
}
