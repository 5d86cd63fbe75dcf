package deadlock.aliencallunderlock;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The file deleter is a public class whose public constructor takes a message callback, but the writer
 * makes its own deleter with its own logging method: the callback its deleter runs under the writer's
 * monitor is known (lucene IndexFileDeleter and FileDeleter's messenger).
 */
public class GoodComponentMadeWithKnownCallback {
    private final FileDeleter deleter = new FileDeleter(this::log);
    private final StringBuilder logText = new StringBuilder();

    public synchronized void checkpoint(String file) {
        deleter.incRef(file);
    }

    private void log(String kind, String message) {
        logText.append(kind).append(": ").append(message).append('\n');
    }

    /** Counts references to files; tells its messenger what it does. */
    public static final class FileDeleter {
        private final Map<String, Integer> refCounts = new HashMap<>();
        private final BiConsumer<String, String> messenger;

        public FileDeleter(BiConsumer<String, String> messenger) {
            this.messenger = messenger;
        }

        public void incRef(String file) {
            int count = refCounts.merge(file, 1, Integer::sum);
            messenger.accept("REF", file + " -> " + count);
        }
    }
}
