package misuse.synconsharedconstant;

/** Sequence generator locking on a boxed Integer and a Boolean: small boxed values and Boolean.FALSE are cached singletons shared by the whole JVM. */
public class BadBoxedLock {
    private static final Integer SEQUENCE_LOCK = 0;
    private final Boolean stateLock = Boolean.FALSE;
    private static long next;
    private String state = "idle";

    public static long nextId() {
        synchronized (SEQUENCE_LOCK) { // expect: SyncOnSharedConstant['`BadBoxedLock.SEQUENCE_LOCK`, a boxed Integer that the JVM may cache and share']
            return ++next;
        }
    }

    public void setState(String newState) {
        synchronized (stateLock) { // expect: SyncOnSharedConstant['`stateLock`, a boxed Boolean']
            state = newState;
        }
    }

    public String state() {
        synchronized (stateLock) { // expect: SyncOnSharedConstant
            return state;
        }
    }
}
