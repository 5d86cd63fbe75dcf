package races.staticguardedbyinstance;

/** The static open-connection count is written in static synchronized methods, which lock the class, shared by all instances. */
public class GoodStaticSynchronizedMethods {
    private static int openConnections;

    public void open() {
        increment();
    }

    public void close() {
        decrement();
    }

    private static synchronized void increment() {
        openConnections++;
    }

    private static synchronized void decrement() {
        openConnections--;
    }

    public static synchronized int openConnections() {
        return openConnections;
    }
}
