package atomicity.nonatomicvolatileupdate;

/** Permit tracker that counts down a volatile field with --remaining after checking it: two threads can take the last permit. */
public class BadVolatileDecrement {
    private volatile int remaining;

    public BadVolatileDecrement(int permits) {
        this.remaining = permits;
    }

    public boolean tryTake() {
        if (remaining <= 0) {
            return false;
        }
        --remaining; // expect: NonAtomicVolatileUpdate
        return true;
    }

    public void giveBack() {
        remaining--; // expect: NonAtomicVolatileUpdate
    }
}
