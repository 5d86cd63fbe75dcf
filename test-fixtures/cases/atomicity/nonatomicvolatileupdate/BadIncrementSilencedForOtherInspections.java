package atomicity.nonatomicvolatileupdate;

/**
 * IntelliJ suppressions that do not name the inspection of this problem, or that sit where no statement
 * follows them, silence nothing: both increments can lose a hit when two request threads count at once.
 */
public class BadIncrementSilencedForOtherInspections {
    private volatile int hits;
    private volatile int misses;

    public void hit() {
        //noinspection unchecked, ResultOfMethodCallIgnored
        hits++; // expect: NonAtomicVolatileUpdate['`hits` is volatile, but this update reads it and then writes it in two steps']
    }

    public void miss(boolean counted) {
        if (counted) {
            System.out.println("miss");
            //noinspection NonAtomicOperationOnVolatileField
        }
        misses++; // expect: NonAtomicVolatileUpdate['`misses` is volatile, but this update reads it and then writes it in two steps']
    }

    public int total() {
        return hits + misses;
    }
}
