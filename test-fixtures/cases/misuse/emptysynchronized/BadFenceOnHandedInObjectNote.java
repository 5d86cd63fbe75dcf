package misuse.emptysynchronized;

/**
 * A leak tracker keeps a tracked object reachable until its close has run by taking and releasing the
 * object's monitor: an empty block on an object the caller hands in, a fence rather than a guard (netty's
 * ResourceLeakDetector.reachabilityFence0, written for JDKs without Reference.reachabilityFence). A note.
 */
public class BadFenceOnHandedInObjectNote {
    private int closed;

    public synchronized boolean close(Object tracked) {
        closed++;
        reachabilityFence(tracked);
        return true;
    }

    private static void reachabilityFence(Object ref) {
        if (ref != null) {
            synchronized (ref) { // expect: EmptySynchronized['the object is one the caller hands in, not this code's own lock']
                // an empty block is enough: the monitor keeps ref reachable until here
            }
        }
    }
}
