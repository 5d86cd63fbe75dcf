// EXPECT: unsafe-publication @ line 26
package probe15a; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

// Holds the current manifest (set of live segment files). The compaction
// thread installs a new manifest after each merge; query threads read the
// current manifest without locking to decide which segments to search.
public class ManifestHolder {

    static class Manifest {
        long version;
        List<String> liveSegments;
        long nextFileNumber;

        Manifest(long version, List<String> liveSegments, long nextFileNumber) {
            this.version = version;
            this.liveSegments = liveSegments;
            this.nextFileNumber = nextFileNumber;
        }
    }

    private final Object installLock = new Object();
    private Manifest current = new Manifest(0, new ArrayList<>(), 1); // BUG: non-volatile field publishes Manifest with non-final fields to lock-free readers

    void installCompaction(List<String> inputs, String output) {
        synchronized (installLock) {
            Manifest base = current;
            List<String> segments = new ArrayList<>(base.liveSegments);
            segments.removeAll(inputs);
            segments.add(output);
            current = new Manifest(base.version + 1, segments, base.nextFileNumber + 1);
        }
    }

    int segmentsToSearch(String key) {
        Manifest m = current;
        int count = 0;
        for (String segment : m.liveSegments) {
            if (segment.compareTo(key) <= 0) {
                count++;
            }
        }
        return count;
    }

    long version() {
        return current.version;
    }

    public static void main(String[] args) throws Exception {
        ManifestHolder holder = new ManifestHolder();
        Thread compactor = new Thread(() -> {
            String last = null;
            for (int i = 0; i < 10_000; i++) {
                String out = String.format("seg-%06d", i);
                holder.installCompaction(last == null ? List.of() : List.of(last), out);
                last = out;
            }
        }, "compaction");
        ExecutorService queries = Executors.newFixedThreadPool(4);
        compactor.start();
        for (int q = 0; q < 4; q++) {
            queries.submit(() -> {
                long hits = 0;
                for (int i = 0; i < 100_000; i++) {
                    hits += holder.segmentsToSearch("seg-005000");
                }
                return hits;
            });
        }
        compactor.join();
        queries.shutdown();
        queries.awaitTermination(30, TimeUnit.SECONDS);
        System.out.println("manifest version " + holder.version());
    }
}
