package deadlock.blockingunderlock;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Router that waits on its queue's monitor while also holding the routing table's monitor: wait() releases
 * only the inner monitor, so the table stays locked for the whole wait, and the producer, which routes the
 * message under the table's monitor before it enqueues and notifies, can never get in (nested monitor
 * lockout).
 */
public class BadWaitHoldingTwoMonitors {
    private final Object routes = new Object();
    private final Deque<String> queue = new ArrayDeque<>();
    private String lastRoute = "";

    public String nextRouted() throws InterruptedException {
        synchronized (routes) {
            synchronized (queue) {
                while (queue.isEmpty()) {
                    queue.wait(); // expect: BlockingUnderLock['`queue.wait()` releases only `queue` while waiting; `routes` stays held']
                }
                lastRoute = queue.removeFirst();
                return lastRoute;
            }
        }
    }

    public void enqueue(String message) {
        synchronized (routes) {
            synchronized (queue) {
                queue.addLast(message);
                queue.notifyAll();
            }
        }
    }

    public String lastRoute() {
        synchronized (routes) {
            return lastRoute;
        }
    }
}
