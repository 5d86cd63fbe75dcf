package races.unguardedread;

/**
 * A configuration field cleared by a helper under the lock, from both {@code stop()} and a live
 * {@code reload()} (the next use loads it again), and read without it by any client thread: the read may
 * see a stale array. The note on
 * the write names every way to it, not only the one the message picks (jetty
 * SslContextFactory.unload from doStop and reload).
 */
public class BadReadOfFieldClearedByStopAndReload {
    private final Object lock = new Object();
    private String[] cipherSuites = {"TLS_AES_128_GCM_SHA256"};

    public String[] selected() {
        return cipherSuites; // expect: UnguardedRead['`cipherSuites` is read without `lock`']
    }

    public void stop() {
        synchronized (lock) {
            unload();
        }
    }

    public void reload() {
        synchronized (lock) {
            unload();
        }
    }

    private void unload() {
        cipherSuites = null; // related: UnguardedRead['(the other side; also reached from']
    }
}
