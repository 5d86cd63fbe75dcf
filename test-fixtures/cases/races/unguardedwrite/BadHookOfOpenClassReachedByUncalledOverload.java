package races.unguardedwrite;

/**
 * The same hook in a class that is not final: a subclass written outside the program may call the old
 * protected overload on itself, without the monitor, and reach the hook's read while another thread
 * connects.
 */
public class BadHookOfOpenClassReachedByUncalledOverload {

    public abstract static class Manager {
        public final synchronized void write(String event) {
            writeInternal(event, event.length());
        }

        /** Kept for subclasses written against the old API. */
        @Deprecated
        protected void writeInternal(String event) {
            writeInternal(event, 0);
        }

        protected abstract void writeInternal(String event, int size);
    }

    public static class Store extends Manager {
        private StringBuilder connection;

        public synchronized void connect() {
            connection = new StringBuilder();
        }

        public synchronized void close() {
            connection = null;
        }

        public synchronized void reconnect() {
            close();
            connect();
        }

        public synchronized boolean connected() {
            return connection != null;
        }

        @Override
        protected void writeInternal(String event, int size) {
            if (connection != null) {
                connection.append(event); // expect: UnguardedWrite['`connection.append()` changes `connection` without `this`']
            }
        }
    }
}
