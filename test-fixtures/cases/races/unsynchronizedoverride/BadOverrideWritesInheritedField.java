package races.unsynchronizedoverride;

/** A subclass overrides the synchronized increment() and updates the inherited counter without the monitor. */
public class BadOverrideWritesInheritedField extends StepCounterBase {
    private final int step;

    public BadOverrideWritesInheritedField(int step) {
        this.step = step;
    }

    @Override
    public void increment() { // expect: UnsynchronizedOverride
        value += step; // expect: UnguardedWrite
    }
}

/** A counter whose value is only touched in synchronized methods. */
class StepCounterBase {
    protected int value;

    public synchronized void increment() {
        value++;
    }

    public synchronized int value() {
        return value;
    }
}
