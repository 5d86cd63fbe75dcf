package races.unguardedread;

/**
 * A configuration field cleared by a helper under the lock, from both {@code stop()} and a live
 * {@code reload()} (the next use loads it again), and read without it by any client thread: the read may
 * see a stale array. The message picks the write reached from {@code reload()}, which meets the read
 * while the object runs, not the one reached from the stop step; the note on the write names every way
 * to it (jetty SslContextFactory.unload from doStop and reload).
 */
public class BadReadOfFieldClearedByStopAndReload {
    private final Object lock = new Object();
    private String[] cipherSuites = {"TLS_AES_128_GCM_SHA256"};

    public String[] selected() {
        return cipherSuites; // expect: UnguardedRead['races with the write of `cipherSuites` in `BadReadOfFieldClearedByStopAndReload.unload`, reached from `BadReadOfFieldClearedByStopAndReload.reload`']
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
