package dev.fearless.facts;

/** Declaration modifiers as bit flags, so facts stay small. */
public final class Modifiers {

    public static final int PUBLIC = 1;
    public static final int PROTECTED = 1 << 1;
    public static final int PRIVATE = 1 << 2;
    public static final int STATIC = 1 << 3;
    public static final int FINAL = 1 << 4;
    public static final int SYNCHRONIZED = 1 << 5;
    public static final int VOLATILE = 1 << 6;
    public static final int TRANSIENT = 1 << 7;
    public static final int ABSTRACT = 1 << 8;
    public static final int NATIVE = 1 << 9;
    public static final int DEFAULT = 1 << 10;
    public static final int SEALED = 1 << 11;
    /** Not a Java modifier: the method's documentation says only tests use it ("used by tests"). */
    public static final int TEST_ONLY = 1 << 12;
    /**
     * Not a Java modifier: the method's documentation says the executor it returns or configures runs
     * one task at a time ("returns a sequential executor").
     */
    public static final int SERIAL_EXECUTOR = 1 << 13;
    /**
     * Not a Java modifier: the method's documentation says only a thread its callers choose may run it
     * ("intentionally not synchronized, only use if you know you are in the event loop thread").
     */
    public static final int CALLER_CONFINED = 1 << 14;
    /**
     * Not a Java modifier: the method returns whether the calling thread is the one a field of its object
     * holds ({@code return Thread.currentThread() == thread;}).
     */
    public static final int OWN_THREAD_TEST = 1 << 15;
    /**
     * Not a Java modifier: the method's documentation says its callers call it one at a time
     * ("concurrent reads from different threads are not recommended").
     */
    public static final int SERIAL_CALLS = 1 << 16;
    /**
     * Not a Java modifier: a comment at the field's declaration says the race on it is deliberate
     * ("deliberately not volatile to ensure zero overhead").
     */
    public static final int DELIBERATE_RACE = 1 << 17;
    /**
     * Not a Java modifier: a comment at the field's declaration (or above its run of fields) says one
     * executor or thread accesses it ("must be accessed from syncContext").
     */
    public static final int CONFINED_FIELD = 1 << 18;
    /**
     * Not a Java modifier: the field tells a thread whether it is the one running its object's work. Every
     * use of its name in its file stores {@code Thread.currentThread()} or null into it, or compares it by
     * identity with {@code Thread.currentThread()}: a thread sees its own writes, and a value another
     * thread stored is never the caller, so a stale read answers as a fresh one does.
     */
    public static final int OWN_THREAD_MARK = 1 << 19;

    private Modifiers() {
    }

    public static boolean has(int modifiers, int flag) {
        return (modifiers & flag) != 0;
    }
}
