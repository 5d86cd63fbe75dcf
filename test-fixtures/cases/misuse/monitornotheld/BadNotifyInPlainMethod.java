package misuse.monitornotheld;

import java.util.ArrayDeque;
import java.util.Deque;

/** Worker queue whose shutdown() is not synchronized but calls notifyAll() on this: it throws IllegalMonitorStateException instead of waking the workers. */
public class BadNotifyInPlainMethod {
    private final Deque<String> jobs = new ArrayDeque<>();
    private volatile boolean stopped;

    public synchronized void add(String job) {
        jobs.addLast(job);
        notifyAll();
    }

    public synchronized String next() throws InterruptedException {
        while (!stopped && jobs.isEmpty()) {
            wait();
        }
        return stopped ? null : jobs.removeFirst();
    }

    public void shutdown() {
        stopped = true;
        notifyAll(); // expect: MonitorNotHeld['`this.notifyAll()` is called without holding the monitor of `this`']
    }
}
