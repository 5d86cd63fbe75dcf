package publication.unsafepublication;

/**
 * A connection factory in the configure-then-start style: {@code configure()} makes the expirer and the
 * acceptor thread and keeps them in plain fields, and {@code start()} starts the acceptor, which reads
 * the expirer when it stops. {@code configure} is a set-up step (knowledge group {@code setup}): it runs
 * as the object starts its work, before its threads run (zookeeper's NIOServerCnxnFactory).
 */
public class GoodExpirerStoredByConfigureBeforeStart {
    private Expirer expirer;
    private Acceptor acceptor;

    public void configure(int timeoutMillis) {
        expirer = new Expirer(timeoutMillis);
        acceptor = new Acceptor();
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
            expirer.expireAll();
        }
    }
}
