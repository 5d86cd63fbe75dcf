package deadlock.classinitdeadlock;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The same initializer with a lambda: it touches no static, but the compiler makes its code a static
 * method of this class, and a thread must find the class initialized to call it. The thread blocks until
 * initialization ends; the initialization waits for the thread (it hangs when run).
 */
public final class BadInitializerJoinsThreadRunningItsLambda {
    private static final boolean READY;

    static {
        AtomicBoolean done = new AtomicBoolean();
        Thread t = new Thread(() -> done.set(true));
        t.start();
        try {
            t.join(); // expect: ClassInitDeadlock['waits for a thread that runs a lambda written in `BadInitializerJoinsThreadRunningItsLambda`']
        } catch (InterruptedException ie) {
            throw new AssertionError(ie);
        }
        READY = done.get();
    }

    public static boolean ready() {
        return READY;
    }
}
