package races.unguardedread;

/** Server settings with a synchronized setter and a plain getter: readers may see a stale host. */
public class BadSyncSetterPlainGetter {
    private String host = "localhost";
    private int port = 8080;

    public synchronized void moveTo(String host, int port) {
        this.host = host;
        this.port = port;
    }

    public synchronized int port() {
        return port;
    }

    public String host() {
        return host; // expect: UnguardedRead['it races with the write of `host` in `BadSyncSetterPlainGetter.moveTo` (under `this`)'], UnguardedRead['`BadSyncSetterPlainGetter.host` runs on client threads calling `BadSyncSetterPlainGetter`']
    }
}
