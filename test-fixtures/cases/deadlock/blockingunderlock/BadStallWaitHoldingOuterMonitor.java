package deadlock.blockingunderlock;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * As the router that waits on its queue while holding the routing table, but the producer enqueues and
 * notifies without the table's monitor: the wait ends whenever a message comes, so it cannot deadlock with
 * its producer; readers of the last route only stall while the router waits. Reported as a note (lucene's
 * full flush waiting, under fullFlushLock, for flushes that end without it).
 */
public class BadStallWaitHoldingOuterMonitor {
    private final Object routes = new Object();
    private final Deque<String> queue = new ArrayDeque<>();
    private String lastRoute = "";

    public String nextRouted() throws InterruptedException {
        synchronized (routes) {
            synchronized (queue) {
                while (queue.isEmpty()) {
                    queue.wait(); // expect: BlockingUnderLock['the code that notifies the monitor runs without it, so the wait cannot deadlock with it']
                }
                lastRoute = queue.removeFirst();
                return lastRoute;
            }
        }
    }

    public void enqueue(String message) {
        synchronized (queue) {
            queue.addLast(message);
            queue.notifyAll();
        }
    }

    public String lastRoute() {
        synchronized (routes) {
            return lastRoute;
        }
    }
}
