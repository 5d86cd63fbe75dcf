// EXPECT: none
package probe14c; import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Lazily loads the quorum configuration and hot-reloads it when the file on disk
 * changes. current() is hit by every RPC handler thread; reload checks run on a
 * background scheduler.
 */
public class QuorumConfigLoader implements AutoCloseable {

    public static final class QuorumConfig {
        private final List<String> voters = new ArrayList<>();
        private int quorumSize;
        private long leaseMillis;

        public List<String> voters() {
            return voters;
        }

        public int quorumSize() {
            return quorumSize;
        }

        public long leaseMillis() {
            return leaseMillis;
        }
    }

    private final Path file;
    private final ScheduledExecutorService reloader = Executors.newSingleThreadScheduledExecutor();
    private volatile QuorumConfig current;
    private long seenModified; // confined to the reloader thread

    public QuorumConfigLoader(Path file) {
        this.file = file;
    }

    public void watch() {
        reloader.scheduleWithFixedDelay(this::checkForUpdate, 2, 2, TimeUnit.SECONDS);
    }

    /** Called concurrently from RPC handler threads. */
    public QuorumConfig current() {
        QuorumConfig cfg = current;
        if (cfg == null) { // OK: current is volatile and read once into a local, so the unlocked fast path sees a fully built config
            synchronized (this) {
                cfg = current;
                if (cfg == null) {
                    cfg = parse();
                    current = cfg;
                }
            }
        }
        return cfg;
    }

    private void checkForUpdate() {
        try {
            long modified = Files.getLastModifiedTime(file).toMillis();
            if (modified != seenModified) {
                seenModified = modified;
                QuorumConfig fresh = parse();
                synchronized (this) {
                    current = fresh;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // keep the previous configuration
        }
    }

    private QuorumConfig parse() {
        QuorumConfig cfg = new QuorumConfig();
        try {
            for (String line : Files.readAllLines(file)) {
                String[] kv = line.split("=", 2);
                if (kv.length != 2) {
                    continue;
                }
                switch (kv[0].trim()) {
                    case "voter" -> cfg.voters.add(kv[1].trim());
                    case "quorum" -> cfg.quorumSize = Integer.parseInt(kv[1].trim());
                    case "lease.ms" -> cfg.leaseMillis = Long.parseLong(kv[1].trim());
                    default -> { }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cfg;
    }

    @Override
    public void close() {
        reloader.shutdownNow();
    }
}
