package deadlock.aliencallunderlock;

/**
 * A stream hook chosen by a system property and created reflectively: the only implementation the
 * program has is its no-op default, so what runs under the transfer's monitor is whatever class the
 * deployment names (cassandra StreamHook.instance, deadlock review B18).
 */
public class BadPluginUnderLock {
    private int sent;

    public synchronized void send(String message) {
        sent++;
        Hook.INSTANCE.reportOutgoing(message); // expect: AlienCallUnderLock['`Hook.INSTANCE.reportOutgoing()` on an object created reflectively (a class named at run time)']
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
