// EXPECT: none
package probe15a; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

// Publishes the current version (set of live SSTables) of the tree. The
// compaction thread installs a new version after every merge; read threads
// pick up the current version without taking a lock.
public class VersionSetPublisher {

    static final class Version {
        final long number;
        final List<String> liveTables;
        final long nextFileNumber;

        Version(long number, List<String> liveTables, long nextFileNumber) {
            this.number = number;
            this.liveTables = List.copyOf(liveTables);
            this.nextFileNumber = nextFileNumber;
        }
    }

    private final Object installLock = new Object();
    private volatile Version current = new Version(0, List.of(), 1); // OK: volatile reference to an immutable Version with final fields

    void installCompaction(List<String> inputs, String output) {
        synchronized (installLock) {
            Version base = current;
            List<String> tables = new ArrayList<>(base.liveTables);
            tables.removeAll(inputs);
            tables.add(output);
            current = new Version(base.number + 1, tables, base.nextFileNumber + 1);
        }
    }

    int tablesToSearch(String key) {
        Version v = current;
        int count = 0;
        for (String table : v.liveTables) {
            if (table.compareTo(key) <= 0) {
                count++;
            }
        }
        return count;
    }

    long versionNumber() {
        return current.number;
    }

    public static void main(String[] args) throws Exception {
        VersionSetPublisher versions = new VersionSetPublisher();
        Thread compactor = new Thread(() -> {
            String last = null;
            for (int i = 0; i < 10_000; i++) {
                String out = String.format("sst-%06d", i);
                versions.installCompaction(last == null ? List.of() : List.of(last), out);
                last = out;
            }
        }, "compaction");
        ExecutorService readers = Executors.newFixedThreadPool(4);
        compactor.start();
        for (int r = 0; r < 4; r++) {
            readers.submit(() -> {
                long hits = 0;
                for (int i = 0; i < 100_000; i++) {
                    hits += versions.tablesToSearch("sst-005000");
                }
                return hits;
            });
        }
        compactor.join();
        readers.shutdown();
        readers.awaitTermination(30, TimeUnit.SECONDS);
        System.out.println("version " + versions.versionNumber());
    }
}
