package races.unguardedread;

/**
 * As BadReadOfStateSetOnlyAtStartAndStopNote, but the address is also changed while the service runs:
 * a read can meet that write at any time, a warning.
 */
public class BadReadOfStateAlsoReloaded {
    private String address;

    public synchronized void init(String host) {
        address = host + ":8080";
    }

    public synchronized void reload(String host) {
        address = host + ":9090";
    }

    /** The program itself reloads from a watcher thread. */
    public void watch(String host) {
        new Thread(() -> reload(host)).start();
    }

    public String describe() {
        if (address == null) { // expect: UnguardedRead['`address` is read without `this`']
            throw new IllegalStateException("not started");
        }
        return "at " + address;
    }
}
