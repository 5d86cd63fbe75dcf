package misuse.waitnotinloop;

/** Result slot that waits under an if: a spurious wakeup (or a notifyAll for another reason) returns null to the caller. */
public class BadWaitInIf {
    private String result;

    public synchronized void complete(String value) {
        result = value;
        notifyAll();
    }

    public synchronized String await() throws InterruptedException {
        if (result == null) {
            wait(); // expect: WaitNotInLoop['`this.wait()` is not in a loop']
        }
        return result;
    }
}
