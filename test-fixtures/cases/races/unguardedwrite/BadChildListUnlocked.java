package races.unguardedwrite;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Table metrics add themselves to a shared parent's plain {@code ArrayList} without a lock, while the
 * reporter thread iterates the parent's children to sum their counts (cassandra LatencyMetrics
 * .addChildren, publication review #7). fearless reports the escape of {@code this}, but not "the
 * underlying unguarded children list", which the review calls the bigger bug.
 */
public class BadChildListUnlocked {
    private static final BadChildListUnlocked GLOBAL = new BadChildListUnlocked(null);

    private final List<BadChildListUnlocked> children = new ArrayList<>();
    private final AtomicLong count = new AtomicLong();

    public BadChildListUnlocked(BadChildListUnlocked parent) {
        if (parent != null) {
            parent.addChild(this); // expect: ThisEscape['`this` is passed to `parent.addChild(...)`, which keeps it']
        }
    }

    public static BadChildListUnlocked forTable() {
        return new BadChildListUnlocked(GLOBAL);
    }

    private void addChild(BadChildListUnlocked child) {
        children.add(child); // known-fn: UnguardedWrite #publication review #7
    }

    public void record() {
        count.incrementAndGet();
    }

    public long totalCount() {
        long total = count.get();
        for (BadChildListUnlocked child : children) {
            total += child.count.get();
        }
        return total;
    }

    public static ScheduledFuture<?> startReporter(ScheduledExecutorService reporter) {
        return reporter.scheduleAtFixedRate(() -> System.out.println("global count " + GLOBAL.totalCount()),
                1, 1, TimeUnit.SECONDS);
    }
}
