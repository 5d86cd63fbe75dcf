package races.unguardedwrite;

/**
 * A connection makes its session runner on first use, under its lock, and closes it under the lock too;
 * a plain setter lets a factory hand it a runner of its own instead. The program calls the setter only in
 * a protected helper that every caller hands a connection it has just made and not yet shared (a
 * subclass or a user may call it on one at work), so the setter's write is a setting's,
 * though the field is also written on first use: only a user who calls the setter on a connection at
 * work meets `close()`. A note (activemq ActiveMQConnection.setSessionTaskRunner, called by
 * ActiveMQConnectionFactory.configureConnection).
 */
public class BadRunnerSetterOfLazilyMadeFieldNote {
    private Runner shared;

    public Connection create() {
        Connection c = new Connection();
        configure(c);
        c.start();
        return c;
    }

    protected void configure(Connection c) {
        if (shared != null) {
            c.setRunner(shared);
        }
    }

    public void setShared(Runner runner) {
        this.shared = runner;
    }

    public static class Runner {
        void shutdown() {
        }
    }

    public static class Connection {
        private Runner runner;
        private Thread reader;

        public synchronized Runner runner() {
            if (runner == null) {
                runner = new Runner();
            }
            return runner;
        }

        public void setRunner(Runner runner) {
            this.runner = runner; // expect: UnguardedWrite['this write is a setting's: `Connection.setRunner` stores the value it is given']
        }

        public synchronized void start() {
            reader = new Thread(this::read);
            reader.start();
        }

        private void read() {
            while (!Thread.currentThread().isInterrupted()) {
                runner();
            }
        }

        public synchronized void close() {
            if (runner != null) {
                runner.shutdown();
            }
            if (reader != null) {
                reader.interrupt();
            }
        }
    }
}
