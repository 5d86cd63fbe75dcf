package deadlock.blockingunderlock;

import java.util.ArrayDeque;
import java.util.Deque;

/** Queue whose consumer calls wait() on the only monitor it holds: wait() releases that monitor, so producers are not blocked. */
public class GoodWaitOnHeldMonitor {
    private final Deque<String> queue = new ArrayDeque<>();

    public synchronized void put(String message) {
        queue.addLast(message);
        notifyAll();
    }

    public synchronized String take() throws InterruptedException {
        while (queue.isEmpty()) {
            wait();
        }
        return queue.removeFirst();
    }
}
