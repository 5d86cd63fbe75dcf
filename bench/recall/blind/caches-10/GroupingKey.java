// EXPECT: none
package probe10c; import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Immutable multi-column grouping key used by the aggregation stage. Instances are shared
 * between aggregation threads as keys of a ConcurrentHashMap, so hashCode() is called concurrently.
 */
public final class GroupingKey {

    private final String[] columns;
    private int hash;

    public GroupingKey(String... columns) {
        this.columns = columns.clone();
    }

    public String column(int i) {
        return columns[i];
    }

    public int arity() {
        return columns.length;
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Arrays.hashCode(columns);
            hash = h; // OK: racy single-check on an int derived only from final, never-mutated state; int writes are atomic and every thread computes the same value
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GroupingKey other && Arrays.equals(columns, other.columns);
    }

    @Override
    public String toString() {
        return String.join("|", columns);
    }

    public static void main(String[] args) throws InterruptedException {
        ConcurrentHashMap<GroupingKey, LongAdder> groups = new ConcurrentHashMap<>();
        GroupingKey[] shared = {
            new GroupingKey("EU", "retail"), new GroupingKey("US", "retail"), new GroupingKey("EU", "b2b")
        };
        ExecutorService aggregators = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            aggregators.execute(() -> {
                for (int i = 0; i < 10_000; i++) {
                    groups.computeIfAbsent(shared[i % shared.length], k -> new LongAdder()).increment();
                }
            });
        }
        aggregators.shutdown();
        aggregators.awaitTermination(1, TimeUnit.MINUTES);
        groups.forEach((k, v) -> System.out.println(k + " -> " + v.sum()));
    }
}
