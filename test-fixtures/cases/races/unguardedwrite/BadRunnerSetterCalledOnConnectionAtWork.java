package races.unguardedwrite;

/**
 * The look-alike: the same connection, but its own reader thread swaps the runner through the setter
 * when it finds the old one tired: the setter's write is work, not set-up, and races with `close()` on a
 * client thread.
 */
public class BadRunnerSetterCalledOnConnectionAtWork {

    public static class Runner {
        boolean tired() {
            return false;
        }

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
            this.runner = runner; // expect: UnguardedWrite['`runner` is written without `this`']
        }

        public synchronized void start() {
            reader = new Thread(this::read);
            reader.start();
        }

        private void read() {
            while (!Thread.currentThread().isInterrupted()) {
                if (runner().tired()) {
                    setRunner(new Runner());
                }
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
