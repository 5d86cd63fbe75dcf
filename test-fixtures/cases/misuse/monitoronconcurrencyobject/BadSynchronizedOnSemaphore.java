package misuse.monitoronconcurrencyobject;

import java.util.concurrent.Semaphore;

/** Rate limiter that synchronizes on its Semaphore: the object's monitor is unrelated to its permits, so two locking schemes get mixed on one object. */
public class BadSynchronizedOnSemaphore {
    private final Semaphore permits = new Semaphore(10);
    private int granted;

    public boolean tryEnter() {
        synchronized (permits) { // expect: MonitorOnConcurrencyObject['synchronized on `permits`, a Semaphore']
            if (permits.tryAcquire()) {
                granted++;
                return true;
            }
            return false;
        }
    }

    public void exit() {
        synchronized (permits) { // expect: MonitorOnConcurrencyObject
            granted--;
            permits.release();
        }
    }
}
