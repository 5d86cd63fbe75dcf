package dev.fearless.facts;

/**
 * What a declaration's own documentation says about its use by threads: a class comment says its
 * instances are thread-safe, says they are not (callers must confine or lock them), or says neither; a
 * method comment may say only tests use it, that the executor it returns or configures runs one task
 * at a time, or that only its callers' chosen thread may run it.
 */
public enum Contract {
    NONE,
    /** Documented safe to use from several threads: the strict check applies. */
    THREAD_SAFE,
    /** Documented not thread-safe or single-threaded: callers carry the burden, no race is reported inside. */
    NOT_THREAD_SAFE,
    /** A method documented as used only by tests ("used by tests", "for testing only"): no program thread runs it. */
    TEST_ONLY,
    /**
     * A method documented to return or configure an executor that runs its tasks one at a time
     * ("a sequential executor", "single-threaded executor", "no two tasks run concurrently").
     */
    SERIAL_EXECUTOR,
    /**
     * A method documented to run on one thread its callers choose ("intentionally not synchronized, only
     * use if you know you are in the event loop thread", "must be called from the reader thread"), or only
     * under a lock its callers hold ("only safe to access if you hold IndexWriter's lock"): its callers
     * carry the burden, and no race is reported inside it.
     */
    CALLER_CONFINED,
    /**
     * A method documented to be called by one thread at a time ("concurrent reads from different threads
     * are not recommended", "must not be called concurrently"), an interface method's contract binding its
     * implementations: two runs of it never overlap, though it may still meet other methods.
     */
    SERIAL_CALLS,
    /**
     * A class comment saying its methods run on one thread ("these are always executed in the work thread",
     * "all its methods are called from the event-loop thread"): each of them is {@link #CALLER_CONFINED}.
     * A comment about something else the class handles ("handlers are always invoked on the UI thread")
     * is not this.
     */
    CONFINED_METHODS,
    /**
     * A comment at a field's declaration, or right at a statement, saying the race there is deliberate
     * ("deliberately not volatile", "this is racy, but the race is benign"): the authors weighed it, so a
     * race found there is a note that says so, as a suppression would silence it.
     */
    DELIBERATE_RACE,
    /**
     * A comment at a field's declaration, or above a run of field declarations ("the following fields"),
     * saying one executor or thread accesses it ("must be accessed from syncContext", "only accessed by the
     * sender thread"): its accesses are that executor's to order, so a race found on it is a note that says
     * so. A comment that names a lock ("must be accessed under lock") is a guard, not this.
     */
    CONFINED_FIELD,
    /**
     * Documented to be used by several threads at once ("shared between threads", "called concurrently",
     * "callers on different threads may share one instance"): as binding as an annotation, so the strict
     * check applies. A bare "thread-safe" ({@link #THREAD_SAFE}) is weaker: class comments use the word for
     * what the class makes, or builds, as often as for the class itself.
     */
    SHARED
}
