package misuse.notifyinsteadofnotifyall;

/** Permit pool whose monitor has two kinds of waiters (borrowers wait for a free permit, drain() waits for none in use): notify() on release may wake the wrong one. */
public class BadPoolDrainNotify {
    private final Object lock = new Object();
    private final int size;
    private int inUse;

    public BadPoolDrainNotify(int size) {
        this.size = size;
    }

    public void borrow() throws InterruptedException {
        synchronized (lock) {
            while (inUse == size) {
                lock.wait();
            }
            inUse++;
        }
    }

    public void release() {
        synchronized (lock) {
            inUse--;
            lock.notify(); // expect: NotifyInsteadOfNotifyAll
        }
    }

    public void drain() throws InterruptedException {
        synchronized (lock) {
            while (inUse > 0) {
                lock.wait();
            }
        }
    }
}
