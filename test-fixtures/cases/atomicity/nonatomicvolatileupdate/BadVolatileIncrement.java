package atomicity.nonatomicvolatileupdate;

/** Hit counter on a volatile int: hits++ is read, add, write, so two request threads can both read 41 and both write 42. */
public class BadVolatileIncrement {
    private volatile int hits;

    public void hit() {
        hits++; // expect: NonAtomicVolatileUpdate['`hits` is volatile, but this update reads it and then writes it in two steps']
    }

    public int hits() {
        return hits;
    }
}
