package misuse.notifyinsteadofnotifyall;

/**
 * A hand-made start-up gate: every request thread waits until the last subsystem arrives. The waiters
 * take nothing once the count is zero and wake no one, so notify() lets one of them through and the
 * others wait forever, though the gate is open for them too.
 */
public class BadOneShotGateNotify {
    private int remaining;

    public BadOneShotGateNotify(int subsystems) {
        this.remaining = subsystems;
    }

    public synchronized void arrive() {
        if (remaining > 0) {
            remaining--;
            if (remaining == 0) {
                notify(); // expect: NotifyInsteadOfNotifyAll['several threads can wait on it at once for `remaining > 0` (in `BadOneShotGateNotify.awaitReady`, run by client threads calling `BadOneShotGateNotify`), and the one woken neither changes that state nor wakes another']
            }
        }
    }

    public synchronized void awaitReady() throws InterruptedException {
        while (remaining > 0) {
            wait();
        }
    }
}
