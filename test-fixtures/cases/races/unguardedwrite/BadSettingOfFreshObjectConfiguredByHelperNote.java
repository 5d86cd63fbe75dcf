package races.unguardedwrite;

/**
 * A connection's prefetch is a setting: a plain setter stores the value it is given, and the program
 * calls it only from a helper whose every caller hands it a connection it has just made (with a factory
 * method, into a local that held null before) and not yet shared, then starts it. The helper is protected, so a subclass or a user may call it on a connection at
 * work: that user reconfigures a running object, and only then is there a race. A note (activemq's
 * ActiveMQConnectionFactory.configureConnection).
 */
public class BadSettingOfFreshObjectConfiguredByHelperNote {
    private int prefetch = 10;

    public Connection create() {
        Connection c = null;
        try {
            c = newConnection();
            applyOptions(c);
            c.start();
            return c;
        } catch (RuntimeException e) {
            if (c != null) {
                c.close();
            }
            throw e;
        }
    }

    protected Connection newConnection() {
        return new Connection();
    }

    protected void applyOptions(Connection c) {
        c.setPrefetch(prefetch);
    }

    public static class Connection {
        private int prefetch = 100;
        private Thread reader;

        public void setPrefetch(int prefetch) {
            this.prefetch = prefetch; // expect: UnguardedWrite['`prefetch` is a setting: once an object is built only setters write it']
        }

        public synchronized void start() {
            reader = new Thread(this::read);
            reader.start();
        }

        private void read() {
            while (!Thread.currentThread().isInterrupted()) {
                synchronized (this) {
                    consume(prefetch);
                }
            }
        }

        private void consume(int n) {
        }

        public synchronized void close() {
            if (reader != null) {
                reader.interrupt();
            }
        }
    }
}
