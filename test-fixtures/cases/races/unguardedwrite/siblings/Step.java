package races.unguardedwrite.siblings;

/**
 * A task base whose {@code runs()} a loop calls on objects of one subclass ({@link LoopStep}) and client
 * threads call on objects of a sibling ({@link ShownStep}): the count the loop writes is never read, on
 * the same object, by a client.
 */
abstract class Step {
    private int runs;

    void step() {
        runs = runs + 1;
    }

    int runs() {
        return runs;
    }
}
