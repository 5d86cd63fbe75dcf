package races.unsynchronizedoverride;

/**
 * A secret manager's sequence-number hook is synchronized in the base class, and the subclass's
 * override is not, but every call of the hook in the program comes from the base class's synchronized
 * methods: the monitor is held whenever the override runs (hadoop ZKDelegationTokenSecretManager,
 * races review).
 */
public class GoodHookOverrideCalledUnderMonitor {

    /** Hands out token sequence numbers under its monitor. */
    public abstract static class SecretManager {
        private int issued;

        protected synchronized int incrementSequenceNumber() {
            return ++issued;
        }

        public synchronized String createToken(String owner) {
            issued++;
            return owner + "#" + incrementSequenceNumber();
        }

        public synchronized int issued() {
            return issued;
        }
    }

    /** Keeps the counter in a shared store; relies on the base class's callers holding the monitor. */
    public static class StoreBackedSecretManager extends SecretManager {
        private int counter;

        @Override
        protected int incrementSequenceNumber() {
            counter++;
            return counter + issued();
        }

        public synchronized int counter() {
            return counter;
        }
    }

    public static void main(String[] args) {
        SecretManager manager = new StoreBackedSecretManager();
        new Thread(() -> manager.createToken("alice")).start();
        System.out.println(manager.createToken("bob"));
    }
}
