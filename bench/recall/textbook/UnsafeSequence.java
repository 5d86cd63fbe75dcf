// EXPECT: race-write @ line 13
package recall;

/**
 * Generates a sequence of unique integers.
 * Callers on different threads may share one instance.
 */
public class UnsafeSequence {
    private int value;

    /** Returns a unique value. */
    public int getNext() {
        return value++;
    }
}
