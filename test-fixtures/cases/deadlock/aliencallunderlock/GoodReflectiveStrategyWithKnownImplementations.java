package deadlock.aliencallunderlock;

import java.util.ArrayList;
import java.util.List;

/**
 * The strategy is created reflectively from a configured class name, but the program implements the
 * strategy itself: the configuration chooses among known classes, whose {@code add} only updates
 * in-memory state (cassandra compaction strategies created from their class names).
 */
public class GoodReflectiveStrategyWithKnownImplementations {
    private final Strategy strategy;
    private int added;

    public GoodReflectiveStrategyWithKnownImplementations(String strategyClass) throws ReflectiveOperationException {
        this.strategy = (Strategy) Class.forName(strategyClass).getDeclaredConstructor().newInstance();
    }

    public synchronized void add(String table) {
        strategy.add(table);
        added++;
    }

    public synchronized int added() {
        return added;
    }

    /** Decides what to compact. */
    public interface Strategy {
        void add(String table);

        List<String> candidates();
    }

    /** Compacts tables of similar sizes. */
    public static final class SizeTiered implements Strategy {
        private final List<String> tables = new ArrayList<>();

        @Override
        public void add(String table) {
            tables.add(table);
        }

        @Override
        public List<String> candidates() {
            return List.copyOf(tables);
        }
    }
}
