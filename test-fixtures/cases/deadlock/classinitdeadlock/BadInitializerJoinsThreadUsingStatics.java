package deadlock.classinitdeadlock;

/**
 * CERT TSM02-J: the static initializer starts a thread that sets a static field of the class, then
 * joins it. The thread blocks until the class is initialized; the initializer waits for the thread.
 */
public final class BadInitializerJoinsThreadUsingStatics {
    private static boolean initialized = false;

    static {
        Thread t = new Thread(new Runnable() {
            @Override
            public void run() {
                initialized = true;
            }
        });
        t.start();
        try {
            t.join(); // expect: ClassInitDeadlock['the static initialization of `BadInitializerJoinsThreadUsingStatics` waits for a thread that uses `BadInitializerJoinsThreadUsingStatics.initialized`']
        } catch (InterruptedException ie) {
            throw new AssertionError(ie);
        }
    }

    public static boolean initialized() {
        return initialized;
    }
}
