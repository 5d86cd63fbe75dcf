// EXPECT: none
package probe11b; import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Counts how often each tag is used across incoming posts. Posts are processed on a worker
 * pool, so recordPost() runs on several threads at once.
 */
public class TagUsageTracker {

    private final ConcurrentHashMap<String, Long> usage = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(4);

    public void submit(List<String> tags) {
        workers.execute(() -> recordPost(tags));
    }

    void recordPost(List<String> tags) {
        for (String raw : tags) {
            String tag = raw.trim().toLowerCase();
            if (tag.isEmpty()) {
                continue;
            }
            usage.merge(tag, 1L, Long::sum); // OK: merge performs the read-modify-write atomically for the key
        }
    }

    public long usageOf(String tag) {
        return usage.getOrDefault(tag.toLowerCase(), 0L);
    }

    public List<String> trending(int n) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>(usage.entrySet());
        entries.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
        List<String> top = new ArrayList<>();
        for (int i = 0; i < Math.min(n, entries.size()); i++) {
            top.add(entries.get(i).getKey());
        }
        return top;
    }

    public void drain() throws InterruptedException {
        workers.shutdown();
        workers.awaitTermination(1, TimeUnit.MINUTES);
    }

    public static void main(String[] args) throws InterruptedException {
        TagUsageTracker tracker = new TagUsageTracker();
        for (int i = 0; i < 1000; i++) {
            tracker.submit(List.of("java", "concurrency", i % 3 == 0 ? "jvm" : "java"));
        }
        tracker.drain();
        System.out.println("java=" + tracker.usageOf("java") + " trending=" + tracker.trending(2));
    }
}
