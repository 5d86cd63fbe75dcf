package publication.guardedstateescape;

import java.util.ArrayList;
import java.util.List;

/**
 * Look-alikes of public state that outside code may use as it is: the same collector with private
 * fields and locked accessors, a public volatile flag, and a public field of a plain value class that
 * takes no lock at all.
 */
public class GoodPublicFieldsWithoutLock {

    /** The collector with its state private, read through accessors that take the lock. */
    public static class Collector {
        private long mostRecentBallot;
        private final List<String> replicas = new ArrayList<>();
        public volatile boolean promised = true;

        public synchronized void onResponse(String from, long ballot, boolean ok) {
            if (!ok) {
                promised = false;
                return;
            }
            replicas.add(from);
            if (ballot > mostRecentBallot) {
                mostRecentBallot = ballot;
            }
        }

        public synchronized long mostRecentBallot() {
            return mostRecentBallot;
        }

        public synchronized List<String> replicas() {
            return new ArrayList<>(replicas);
        }

        public void listen() {
            new Thread(() -> onResponse("peer", 1, true)).start();
        }
    }

    /** A plain value holder: no lock anywhere, so nothing it guards is exposed. */
    public static class Point {
        public int x;
        public int y;

        public void moveBy(int dx, int dy) {
            x += dx;
            y += dy;
        }
    }
}
