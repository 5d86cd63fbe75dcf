package deadlock.classinitdeadlock;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Static initializers that wait for a thread the class does not block: the thread runs an anonymous
 * class (a class of its own) that sets a local it was handed, or reads only a compile-time constant
 * (which needs no initialization); and one that starts a thread using the class's statics but does not
 * wait for it (the thread runs once initialization ends). A lambda would not do: its code is a method of
 * this class.
 */
public final class GoodInitializerWaitsForThreadOffItsStatics {
    private static final int ATTEMPTS = 3;
    private static final boolean READY;
    private static int started;

    static {
        AtomicBoolean done = new AtomicBoolean();
        Thread t = new Thread(new Runnable() {
            @Override
            public void run() {
                done.set(ATTEMPTS > 0);
            }
        });
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
