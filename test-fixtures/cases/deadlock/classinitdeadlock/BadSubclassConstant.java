package deadlock.classinitdeadlock;

/** The retry policy's NONE constant reads a singleton field of its own subclass: BadSubclassConstant's initializer needs NoRetryPolicy initialized, and NoRetryPolicy's needs its superclass, so two threads starting from each side deadlock. */
public abstract class BadSubclassConstant {
    public static final BadSubclassConstant NONE = NoRetryPolicy.INSTANCE; // expect: ClassInitDeadlock['the static initialization of `BadSubclassConstant` uses its subclass `NoRetryPolicy`']

    public abstract long delayMillis(int attempt);
}

/** A policy that never retries, exposed as a singleton. */
final class NoRetryPolicy extends BadSubclassConstant { // related: ClassInitDeadlock['`NoRetryPolicy` extends `BadSubclassConstant`']
    static final NoRetryPolicy INSTANCE = new NoRetryPolicy();

    @Override
    public long delayMillis(int attempt) {
        return -1L;
    }
}

/** A one-shot call that reads the singleton directly: a thread running it starts on NoRetryPolicy before BadSubclassConstant. */
class OneShotCall {
    long firstDelay() {
        return NoRetryPolicy.INSTANCE.delayMillis(1);
    }
}
