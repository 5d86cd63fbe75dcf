package races.unsynchronizedoverride;

/**
 * The same hook, but the base class also calls it from a method that takes no lock: there the override
 * runs without the monitor and its counter update races with the locked calls.
 */
public class BadHookOverrideAlsoCalledWithoutMonitor {

    /** Hands out sequence numbers, once also without its monitor. */
    public abstract static class SecretManager {
        private int issued;

        protected synchronized int incrementSequenceNumber() {
            return ++issued;
        }

        public synchronized String createToken(String owner) {
            issued++;
            return owner + "#" + incrementSequenceNumber();
        }

        public String peekNextToken(String owner) {
            return owner + "#" + incrementSequenceNumber();
        }

        public synchronized int issued() {
            return issued;
        }
    }

    /** Keeps the counter itself. */
    public static class StoreBackedSecretManager extends SecretManager {
        private int counter;

        @Override
        protected int incrementSequenceNumber() { // expect: UnsynchronizedOverride['`incrementSequenceNumber` overrides synchronized']
            counter++;
            return counter + issued();
        }

        public synchronized int counter() {
            return counter;
        }
    }

    public static void main(String[] args) {
        SecretManager manager = new StoreBackedSecretManager();
        new Thread(() -> manager.createToken("alice")).start(); // expect: NonSendCapture['`manager` is not thread-safe but is shared with a task']
        System.out.println(manager.peekNextToken("bob")); // expect: UseAfterSend['`manager` is sent to another thread']
    }
}
