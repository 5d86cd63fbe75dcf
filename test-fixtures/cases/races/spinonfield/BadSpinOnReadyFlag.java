package races.spinonfield;

/** Busy-waits on a plain boolean set by another thread: the JIT may hoist the read out of the loop and spin forever. */
public class BadSpinOnReadyFlag {
    private boolean ready;
    private String payload = "";

    public void publish(String value) {
        payload = value;
        ready = true;
    }

    public String awaitPayload() {
        while (!ready) { // expect: SpinOnField['waits for `ready` to change, but `ready` is not volatile and nothing in the loop synchronizes']
            Thread.onSpinWait();
        }
        return payload;
    }
}
