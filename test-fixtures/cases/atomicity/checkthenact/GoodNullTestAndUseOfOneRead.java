package atomicity.checkthenact;

/** The look-alike: the filter is read once into a local, which is tested and used. */
public class GoodNullTestAndUseOfOneRead {
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
        Filter current = filter;
        return current != null && !current.accept(event);
    }
}
