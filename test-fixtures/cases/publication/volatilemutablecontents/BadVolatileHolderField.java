package publication.volatilemutablecontents;

/** A volatile reference to a mutable stats object whose fields are then updated through it without a lock. */
public class BadVolatileHolderField {
    static final class Window {
        long started;
        int errors;
    }

    private volatile Window current = new Window();

    public void error() {
        current.errors = current.errors + 1; // expect: VolatileMutableContents['`current` is volatile, but its field `errors` is written here']
    }

    public void roll(long now) {
        Window w = new Window();
        w.started = now;
        current = w;
    }

    public int errors() {
        return current.errors;
    }
}
