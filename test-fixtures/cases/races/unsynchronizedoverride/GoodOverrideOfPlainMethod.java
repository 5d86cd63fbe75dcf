package races.unsynchronizedoverride;

/** Overrides a method that is not synchronized in the superclass (a pure formatting hook): nothing to keep in sync. */
public class GoodOverrideOfPlainMethod extends MetricsReporter {
    @Override
    protected String format(String name, long value) {
        return name + "=" + value + "ms";
    }
}

/** Counts under the monitor, and formats a snapshot through an unsynchronized pure hook after releasing it. */
class MetricsReporter {
    private long total;

    public synchronized void add(long value) {
        total += value;
    }

    public String report(String name) {
        long snapshot;
        synchronized (this) {
            snapshot = total;
        }
        return format(name, snapshot);
    }

    protected String format(String name, long value) {
        return name + "=" + value;
    }
}
