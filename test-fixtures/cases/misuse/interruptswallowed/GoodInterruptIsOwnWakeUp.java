package misuse.interruptswallowed;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The acceptor thread records itself, and {@code stop} interrupts it only after changing the state the
 * loop re-checks: the interrupt is the connector's own wake-up signal, and {@code continue} leaves the
 * loop; clearing the flag also keeps it from leaking into the pooled thread (jetty
 * AbstractConnector.Acceptor.run, misuse review #18).
 */
public class GoodInterruptIsOwnWakeUp {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition acceptingChanged = lock.newCondition();
    private volatile boolean running = true;
    private boolean accepting;
    private Thread acceptor;

    public Runnable acceptorTask() {
        return () -> {
            lock.lock();
            try {
                acceptor = Thread.currentThread();
            } finally {
                lock.unlock();
            }
            while (running) {
                lock.lock();
                try {
                    if (!accepting) {
                        acceptingChanged.await();
                        continue;
                    }
                } catch (InterruptedException e) {
                    continue;
                } finally {
                    lock.unlock();
                }
                accept();
            }
        };
    }

    public void setAccepting(boolean value) {
        lock.lock();
        try {
            accepting = value;
            acceptingChanged.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public void stop() {
        running = false;
        lock.lock();
        try {
            if (acceptor != null) {
                acceptor.interrupt();
            }
        } finally {
            lock.unlock();
        }
    }

    private void accept() {
        System.out.println("accepted a connection");
    }
}
