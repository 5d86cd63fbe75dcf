package races.unguardedwrite;

/**
 * A protected hook of a final class, read under the monitor by the superclass's synchronized methods,
 * and also by an older protected overload nothing calls. Code outside the program may call a protected
 * method only on objects of its own subclasses, and a final class has none: the overload never runs on
 * a {@code Store}, so every read runs under the monitor (log4j's NoSqlDatabaseManager.writeInternal).
 */
public class GoodHookOfFinalClassUnderSuperclassLock {

    public abstract static class Manager {
        public final synchronized void write(String event) {
            writeInternal(event, event.length());
        }

        public final synchronized void flush() {
            writeInternal("", 0);
        }

        /** Kept for subclasses written against the old API. */
        @Deprecated
        protected void writeInternal(String event) {
            writeInternal(event, 0);
        }

        protected abstract void writeInternal(String event, int size);
    }

    public static final class Store extends Manager {
        private StringBuilder connection;

        public synchronized void connect() {
            connection = new StringBuilder();
        }

        public synchronized void close() {
            connection = null;
        }

        public synchronized boolean connected() {
            return connection != null;
        }

        @Override
        protected void writeInternal(String event, int size) {
            if (connection != null) {
                connection.append(event);
            }
        }
    }
}
