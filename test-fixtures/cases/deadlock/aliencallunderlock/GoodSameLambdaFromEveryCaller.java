package deadlock.aliencallunderlock;

import java.util.function.Consumer;

/**
 * The package-private {@code readerForMerge} takes a callback, but both of its callers pass the same
 * known lambda, which only increments reference counts; it runs under the lock on purpose, to be
 * atomic with the snapshot (lucene ReadersAndUpdates.getReaderForMerge, deadlock review B9).
 */
public class GoodSameLambdaFromEveryCaller {
    private String[] files = new String[0];

    synchronized String[] readerForMerge(Consumer<String[]> readerConsumer) {
        String[] snapshot = files.clone();
        readerConsumer.accept(snapshot);
        return snapshot;
    }

    public synchronized void setFiles(String[] newFiles) {
        files = newFiles.clone();
    }

    /** The index writer, the only caller. */
    public static final class Writer {
        private final FileDeleter deleter = new FileDeleter();

        public String[] merge(GoodSameLambdaFromEveryCaller segment) {
            return segment.readerForMerge(snapshot -> deleter.incRef(snapshot));
        }

        public String[] warm(GoodSameLambdaFromEveryCaller segment) {
            return segment.readerForMerge(snapshot -> deleter.incRef(snapshot));
        }
    }

    /** Counts references to index files. */
    public static final class FileDeleter {
        private final java.util.Map<String, Integer> refCounts = new java.util.HashMap<>();

        public synchronized void incRef(String[] names) {
            for (String name : names) {
                refCounts.merge(name, 1, Integer::sum);
            }
        }
    }
}
