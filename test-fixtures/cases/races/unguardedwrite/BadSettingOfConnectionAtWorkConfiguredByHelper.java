package races.unguardedwrite;

/**
 * The look-alike of BadSettingOfFreshObjectConfiguredByHelperNote where the program itself reconfigures
 * a connection at work: {@code refresh()} hands the helper the connection it has already started, so the
 * setter's write races with the reader thread's read. A warning.
 */
public class BadSettingOfConnectionAtWorkConfiguredByHelper {
    private int prefetch = 10;
    private Connection current;

    public synchronized Connection create() {
        Connection c = new Connection();
        applyOptions(c);
        c.start();
        current = c;
        return c;
    }

    public synchronized void refresh(int prefetch) {
        this.prefetch = prefetch;
        applyOptions(current);
    }

    protected void applyOptions(Connection c) {
        c.setPrefetch(prefetch);
    }

    public static class Connection {
        private int prefetch = 100;
        private Thread reader;

        public void setPrefetch(int prefetch) {
            this.prefetch = prefetch; // expect: UnguardedWrite['`prefetch` is written without `this`']
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
    }
}
