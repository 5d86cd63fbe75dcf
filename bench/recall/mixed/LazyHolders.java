// EXPECT: none
package recall3;

import java.util.Map;

/**
 * Three correct lazy-initialization idioms for process-wide singletons used by many request
 * threads: the initialization-on-demand holder class, double-checked locking on a volatile
 * field, and a fully synchronized accessor.
 */
public final class LazyHolders {

    private LazyHolders() {
    }

    /** Codec registry created on first use through the holder idiom. */
    public static final class CodecRegistry {
        private final Map<String, String> codecs;

        private CodecRegistry() {
            codecs = Map.of("gzip", "GzipCodec", "lz4", "Lz4Codec");
        }

        private static final class Holder {
            static final CodecRegistry INSTANCE = new CodecRegistry();
        }

        public static CodecRegistry getInstance() {
            return Holder.INSTANCE;
        }

        public String codecFor(String name) {
            return codecs.get(name);
        }
    }

    /** Connection settings created with double-checked locking on a volatile field. */
    public static final class ConnectionSettings {
        private static volatile ConnectionSettings instance;

        private String host;
        private int port;

        private ConnectionSettings() {
            host = System.getProperty("db.host", "localhost");
            port = Integer.getInteger("db.port", 5432);
        }

        public static ConnectionSettings getInstance() {
            ConnectionSettings local = instance;
            if (local == null) {
                synchronized (ConnectionSettings.class) {
                    local = instance;
                    if (local == null) {
                        local = new ConnectionSettings();
                        instance = local;
                    }
                }
            }
            return local;
        }

        public String host() {
            return host;
        }

        public int port() {
            return port;
        }
    }

    /** Id generator created lazily under the class lock; every access synchronizes. */
    public static final class IdGenerator {
        private static IdGenerator instance;

        private long next = 1;

        private IdGenerator() {
        }

        public static synchronized IdGenerator getInstance() {
            if (instance == null) {
                instance = new IdGenerator();
            }
            return instance;
        }

        public synchronized long nextId() {
            return next++;
        }
    }
}
