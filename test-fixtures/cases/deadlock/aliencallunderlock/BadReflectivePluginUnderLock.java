package deadlock.aliencallunderlock;

/**
 * An audit sink named by a system property and created reflectively, with no implementation of the
 * program's own: whatever class the deployment names runs under the monitor.
 */
public class BadReflectivePluginUnderLock {
    private static final Sink SINK = create();
    private int sent;

    public synchronized void send(String message) {
        sent++;
        SINK.audit(message); // expect: AlienCallUnderLock['SINK.audit()` on an object created reflectively (a class named at run time)']
    }

    public synchronized int sent() {
        return sent;
    }

    private static Sink create() {
        try {
            return (Sink) Class.forName(System.getProperty("audit.sink")).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Receives audited messages. */
    public interface Sink {
        void audit(String message);

        void flush();
    }
}
