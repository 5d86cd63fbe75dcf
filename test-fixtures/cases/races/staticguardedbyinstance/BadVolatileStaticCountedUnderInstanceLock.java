package races.staticguardedbyinstance;

/**
 * CERT LCK06-J's CountBoxes: a volatile static counter incremented under a lock object of each
 * instance. Volatile makes each read and write visible, not the increment atomic, and the two threads'
 * instances hold two different locks: one increment can be lost.
 */
public final class BadVolatileStaticCountedUnderInstanceLock implements Runnable {
    private static volatile int counter;
    private final Object lock = new Object();

    @Override
    public void run() {
        synchronized (lock) {
            counter++; // expect: StaticGuardedByInstance['static `counter` is volatile, but this update reads it and then writes it holding only `lock`']
        }
    }

    public static void main(String[] args) {
        for (int i = 0; i < 2; i++) {
            new Thread(new BadVolatileStaticCountedUnderInstanceLock()).start();
        }
    }

    public static int counter() {
        return counter;
    }
}
