package races.unguardedread;

/**
 * A connection's settings, replaced under the monitor by reconfigure() and read without it by a private
 * helper that three getters share: one stale read, in the helper, reported once where it is made.
 */
public class BadReadInHelperOfManyGetters {
    private Settings settings = new Settings(1000, 3);

    public synchronized void reconfigure(int timeoutMillis, int retries) {
        settings = new Settings(timeoutMillis, retries); // related: UnguardedRead@30['`settings` is written under `this` here']
    }

    public int timeoutMillis() {
        return current().timeoutMillis(); // related: UnguardedRead@30['reaches the read from here']
    }

    public int retries() {
        return current().retries(); // related: UnguardedRead@30['also reaches the read from here']
    }

    public long budgetMillis() {
        Settings s = current(); // related: UnguardedRead@30['also reaches the read from here']
        return (long) s.timeoutMillis() * s.retries();
    }

    private Settings current() {
        Settings s;
        // a plain read of a reference the monitor writes: no happens-before with reconfigure()
        s = settings; // expect: UnguardedRead['`settings` is read without `this`'], UnguardedRead['(reached from `BadReadInHelperOfManyGetters.timeoutMillis` at line 15)']
        return s;
    }

    private record Settings(int timeoutMillis, int retries) {
    }
}
