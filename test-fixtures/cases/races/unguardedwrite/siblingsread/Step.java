package races.unguardedwrite.siblingsread;

/**
 * As in {@code siblings}, but client threads also read the count of the step the loop runs: the loop's
 * write and that read meet on one object.
 */
abstract class Step {
    private int runs;

    void step() {
        runs = runs + 1; // expect: UnguardedWrite['`runs` is updated without a lock, by a task that runs on another thread'], UnguardedWrite['(reached from `LoopStep.run` at line 14)']
    }

    int runs() {
        return runs;
    }
}
