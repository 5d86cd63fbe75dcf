package races.staticguardedbyinstance;

/** A connection counts all open connections in a static field from synchronized instance methods: each instance locks only itself. */
public class BadSynchronizedMethodStaticCounter {
    private static int openConnections;
    private boolean open;

    public synchronized void open() {
        if (!open) {
            open = true;
            openConnections++; // expect: StaticGuardedByInstance
        }
    }

    public synchronized void close() {
        if (open) {
            open = false;
            openConnections--; // expect: StaticGuardedByInstance
        }
    }

    public synchronized int openConnections() {
        return openConnections;
    }
}
