package atomicity.checkthenact;

/**
 * The filter is tested and then read again within one expression; a concurrent removeFilter can null it
 * between the test and the call.
 */
public class BadNullTestAndUseInOneExpression {
    public interface Filter {
        boolean accept(String event);
    }

    private volatile Filter filter;

    public synchronized void addFilter(Filter f) {
        filter = f;
    }

    public synchronized void removeFilter() {
        filter = null;
    }

    public boolean isFiltered(String event) {
        return filter != null && !filter.accept(event); // expect: CheckThenAct['check-then-act on `filter`: it is tested non-null']
    }
}
