package publication.unsafepublication;

/**
 * The same factory, but {@code replaceExpirer()} stores a new expirer at any time, while the acceptor
 * thread may be running and reading the field: it can see the expirer before its field is written.
 */
public class BadExpirerReplacedWhileAcceptorRuns {
    private Expirer expirer = new Expirer(1000);
    private final Acceptor acceptor = new Acceptor();

    public void replaceExpirer(int timeoutMillis) {
        expirer = new Expirer(timeoutMillis); // expect: UnsafePublication['a new `Expirer` is stored in plain field `expirer`']
    }

    public void start() {
        acceptor.start();
    }

    static final class Expirer {
        private int timeoutMillis;

        Expirer(int timeoutMillis) {
            this.timeoutMillis = timeoutMillis;
        }

        void expireAll() {
            System.out.println("expiring after " + timeoutMillis + " ms");
        }
    }

    final class Acceptor extends Thread {
        @Override
        public void run() {
            while (!isInterrupted()) {
                expirer.expireAll();
            }
        }
    }
}
