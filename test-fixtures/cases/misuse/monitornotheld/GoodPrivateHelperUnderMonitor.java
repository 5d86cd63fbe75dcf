package misuse.monitornotheld;

import java.util.ArrayDeque;
import java.util.Deque;

/** Worker queue whose private wake-up helper calls notifyAll() on this and is only ever called from synchronized methods, so the monitor is held. */
public class GoodPrivateHelperUnderMonitor {
    private final Deque<String> jobs = new ArrayDeque<>();
    private boolean stopped;

    public synchronized void add(String job) {
        jobs.addLast(job);
        wakeWorkers();
    }

    public synchronized void shutdown() {
        stopped = true;
        wakeWorkers();
    }

    public synchronized String next() throws InterruptedException {
        while (!stopped && jobs.isEmpty()) {
            wait();
        }
        return stopped ? null : jobs.removeFirst();
    }

    private void wakeWorkers() {
        notifyAll();
    }
}
