package atomicity.checkthenact;

import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The same pool, but release reads the closed flag again after putting the session back and takes it
 * out again if close ran in between: a session added after the drain is closed all the same.
 */
public class GoodReleaseRechecksClosedAfterAdd {

    /** A session to a remote host. */
    public static final class Conn {
        private volatile boolean open = true;

        void destroy() {
            open = false;
        }

        boolean isOpen() {
            return open;
        }
    }

    private final Deque<Conn> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    public void release(Conn conn) {
        if (closed || !conn.isOpen()) {
            conn.destroy();
            return;
        }
        idle.offerFirst(conn);
        if (closed && idle.remove(conn)) {
            conn.destroy();
        }
    }

    public void close() {
        closed = true;
        Conn c;
        while ((c = idle.pollFirst()) != null) {
            c.destroy();
        }
    }
}
