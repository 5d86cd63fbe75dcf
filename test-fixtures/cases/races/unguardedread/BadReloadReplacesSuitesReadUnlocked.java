package races.unguardedread;

/**
 * A key store's cipher suites are loaded when it starts, dropped when it stops and replaced when a
 * scanner thread reloads it, always under the store's lock; the getter reads them without it. The
 * stop runs only as the service stops, but the reload runs whenever the key store file changes: that
 * write is the one the unlocked read races with.
 */
public class BadReloadReplacesSuitesReadUnlocked {
    private final Object lock = new Object();
    private String[] suites;
    private int loads;

    public void start() {
        synchronized (lock) {
            load();
        }
    }

    public void stop() {
        synchronized (lock) {
            unload();
        }
    }

    public void reload() {
        synchronized (lock) {
            unload();
            load();
        }
    }

    private void load() {
        suites = new String[] {"TLS_AES_128_GCM_SHA256"};
        loads++;
    }

    private void unload() {
        suites = null;
    }

    public String[] suites() {
        return suites.clone(); // expect: UnguardedRead['it races with the write of `suites` in `BadReloadReplacesSuitesReadUnlocked.unload`, reached from `BadReloadReplacesSuitesReadUnlocked.reload`']
    }

    public int loads() {
        synchronized (lock) {
            return loads;
        }
    }

    /** Watches the key store file and reloads it when it changes. */
    public Thread scanner() {
        Thread t = new Thread(this::reload, "key-store-scanner");
        t.setDaemon(true);
        return t;
    }
}
