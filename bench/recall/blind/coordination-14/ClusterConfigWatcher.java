// EXPECT: unsafe-publication-double-checked-locking-this-escape @ line 52
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
 * Lazily loads the cluster configuration and reloads it when the file changes.
 * config() is called from many RPC handler threads; the file poller runs on its
 * own scheduler thread.
 */
public class ClusterConfigWatcher implements AutoCloseable {

    public static final class ClusterConfig {
        private final List<String> seedNodes = new ArrayList<>();
        private int quorumSize;
        private long electionTimeoutMillis;

        public List<String> seedNodes() {
            return seedNodes;
        }

        public int quorumSize() {
            return quorumSize;
        }

        public long electionTimeoutMillis() {
            return electionTimeoutMillis;
        }
    }

    private final Path configFile;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
    private ClusterConfig current;
    private long lastModified; // confined to the poller thread

    public ClusterConfigWatcher(Path configFile) {
        this.configFile = configFile;
    }

    public void startWatching() {
        poller.scheduleWithFixedDelay(this::pollForChanges, 1, 1, TimeUnit.SECONDS);
    }

    /** Called concurrently from RPC handler threads. */
    public ClusterConfig config() {
        if (current == null) { // BUG: double-checked locking on a non-volatile field; readers may see a partially initialised ClusterConfig
            synchronized (this) {
                if (current == null) {
                    current = load();
                }
            }
        }
        return current;
    }

    private void pollForChanges() {
        try {
            long modified = Files.getLastModifiedTime(configFile).toMillis();
            if (modified != lastModified) {
                lastModified = modified;
                ClusterConfig fresh = load();
                synchronized (this) {
                    current = fresh;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // keep serving the previous configuration
        }
    }

    private ClusterConfig load() {
        ClusterConfig cfg = new ClusterConfig();
        try {
            for (String line : Files.readAllLines(configFile)) {
                String[] kv = line.split("=", 2);
                if (kv.length != 2) {
                    continue;
                }
                switch (kv[0].trim()) {
                    case "seed" -> cfg.seedNodes.add(kv[1].trim());
                    case "quorum" -> cfg.quorumSize = Integer.parseInt(kv[1].trim());
                    case "election.timeout.ms" -> cfg.electionTimeoutMillis = Long.parseLong(kv[1].trim());
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
        poller.shutdownNow();
    }
}
