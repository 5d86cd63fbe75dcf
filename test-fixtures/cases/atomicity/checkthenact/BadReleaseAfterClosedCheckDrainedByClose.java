package atomicity.checkthenact;

import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * A pool's release checks the closed flag and then puts the session back; close sets the flag and then
 * drains the idle sessions. A release that passed the check just before close adds its session after the
 * drain: that session is never closed.
 */
public class BadReleaseAfterClosedCheckDrainedByClose {

    /** A session to a remote host. */
    public static final class Session {
        private volatile boolean open = true;

        void destroy() {
            open = false;
        }

        boolean isOpen() {
            return open;
        }
    }

    private final Deque<Session> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    public void release(Session session) {
        if (closed || !session.isOpen()) {
            session.destroy();
            return;
        }
        idle.offerFirst(session); // expect: CheckThenAct['check-then-act on a lifecycle flag: `idle.offerFirst()` adds to `idle` once `closed` was seen unset, but `BadReleaseAfterClosedCheckDrainedByClose.close` can set `closed` and drain `idle` in between']
    }

    public void close() {
        closed = true; // related: CheckThenAct['`closed` is set here']
        Session s;
        while ((s = idle.pollFirst()) != null) { // related: CheckThenAct['`idle` is drained here (the other side)']
            s.destroy();
        }
    }
}
