package deadlock.aliencallunderlock;

/**
 * A stream hook chosen by a system property and created reflectively, whose default is the program's own
 * no-op: the program knows an implementation, and the one named at run time is a test hook, so the call
 * under the monitor is known code.
 */
public class GoodPluginWithProgramDefault {
    private int sent;

    public synchronized void send(String message) {
        sent++;
        Hook.INSTANCE.reportOutgoing(message);
    }

    public synchronized int sent() {
        return sent;
    }

    /** Observes outgoing messages. */
    public interface Hook {
        Hook INSTANCE = create();

        void reportOutgoing(String message);

        void reportIncoming(String message);

        static Hook create() {
            String name = System.getProperty("stream.hook");
            if (name == null) {
                return new Hook() {
                    @Override
                    public void reportOutgoing(String message) {
                    }

                    @Override
                    public void reportIncoming(String message) {
                    }
                };
            }
            try {
                return (Hook) Class.forName(name).getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
