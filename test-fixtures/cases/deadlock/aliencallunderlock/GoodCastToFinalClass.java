package deadlock.aliencallunderlock;

import java.util.ArrayList;
import java.util.List;

/**
 * The filter field has an interface type, but the call under the lock is made after a cast to
 * {@code CompositeFilter}, a final class of the program whose code is known and takes no lock
 * (log4j AbstractFilterable.addFilter, deadlock review B1).
 */
public class GoodCastToFinalClass {
    private volatile Filter filter;

    public synchronized void addFilter(Filter added) {
        if (filter == null) {
            filter = added;
        } else if (filter instanceof CompositeFilter) {
            filter = ((CompositeFilter) filter).addFilter(added);
        } else {
            filter = new CompositeFilter(List.of(filter, added));
        }
    }

    public boolean accept(String event) {
        Filter current = filter;
        return current == null || current.accept(event);
    }

    /** Decides whether an event is logged. */
    public interface Filter {
        boolean accept(String event);
    }

    /** All of its filters must accept. */
    public static final class CompositeFilter implements Filter {
        private final List<Filter> filters;

        public CompositeFilter(List<Filter> filters) {
            this.filters = List.copyOf(filters);
        }

        public CompositeFilter addFilter(Filter added) {
            List<Filter> all = new ArrayList<>(filters);
            all.add(added);
            return new CompositeFilter(all);
        }

        @Override
        public boolean accept(String event) {
            return filters.stream().allMatch(f -> f.accept(event));
        }
    }
}
