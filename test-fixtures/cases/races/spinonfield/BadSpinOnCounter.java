package races.spinonfield;

/** Yields until a plain int counter, incremented by worker callbacks, reaches a target: the loop may never see the updates. */
public class BadSpinOnCounter {
    private int completed;

    public void onTaskCompleted() {
        completed++;
    }

    public void awaitCompleted(int expected) {
        while (completed < expected) { // expect: SpinOnField
            Thread.yield();
        }
    }
}
