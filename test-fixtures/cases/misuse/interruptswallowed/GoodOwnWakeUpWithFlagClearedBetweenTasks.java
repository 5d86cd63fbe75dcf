package misuse.interruptswallowed;

import java.util.concurrent.Semaphore;

/**
 * A reserved pool thread records itself, and {@code stop} interrupts it only after clearing the running
 * flag its loop checks: the interrupt is the pool's own wake-up. Between tasks the loop clears any
 * interrupt a task left behind, reading the flag only to log it; the wait that catches the interrupt
 * returns no task, and the loop re-checks whether it still runs (jetty ReservedThreadExecutor, misuse
 * review trust49).
 */
public class GoodOwnWakeUpWithFlagClearedBetweenTasks implements Runnable {
    private final Semaphore semaphore = new Semaphore(0);
    private volatile boolean running = true;
    private volatile Thread thread;
    private Runnable task;

    @Override
    public void run() {
        thread = Thread.currentThread();
        try {
            while (running) {
                Runnable next = waitForTask();
                if (next == null) {
                    continue;
                }
                try {
                    next.run();
                } finally {
                    if (Thread.interrupted() && System.getenv("DEBUG") != null) {
                        System.err.println("task left the thread interrupted");
                    }
                }
            }
        } finally {
            thread = null;
        }
    }

    private Runnable waitForTask() {
        try {
            semaphore.acquire();
            Runnable next = task;
            task = null;
            return next;
        } catch (InterruptedException e) {
            return null;
        }
    }

    public void offer(Runnable t) {
        task = t;
        semaphore.release();
    }

    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }
}
