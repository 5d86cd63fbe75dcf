package dev.fearless.knowledge;

/** What the knowledge base knows about a library method. */
public enum MethodTrait {
    /** May block the calling thread for an unbounded time. */
    BLOCKING,
    /** Declares {@code throws InterruptedException}. */
    INTERRUPTIBLE,
    /** Waits on a monitor or condition (releasing it while waiting). */
    WAIT, NOTIFY, NOTIFY_ALL,
    /** Waits, releasing the receiver (a lock), until a condition holds: it loops internally (Guava's Monitor.waitFor). */
    GUARDED_WAIT,
    STARTS,
    /** Waits for another thread's work to finish: a happens-before edge back to the caller. */
    JOIN,
    /** Runs a functional argument on the calling thread, during the call. */
    RUNS_HERE,
    /** Runs a functional argument on another thread. */
    RUNS_ELSEWHERE,
    /** A CompletableFuture stage: its function runs on whichever thread completes the previous stage. */
    STAGE,
    /** Turns a stream parallel. */
    PARALLEL, SEQUENTIAL,
    /** Hands its argument over to another thread. */
    HANDOFF,
    RETURNS_FUTURE, HANDLES_FAILURE,
    SYNCHRONIZED_WRAPPER, IMMUTABLE_RESULT, UNMODIFIABLE_VIEW, COPIES,
    INTERRUPT, CURRENT_THREAD, SPIN_HINT, INTERNED,
    LOCK_ACQUIRE, LOCK_INTERRUPTIBLY, LOCK_TRY, LOCK_RELEASE, NEW_CONDITION, READ_LOCK, WRITE_LOCK,
    PUT_IF_ABSENT, FORKS, FORK_JOIN, COMMON_POOL, MANAGED_BLOCKER,
    /** Waits at most a timeout given as an argument: a bounded wait. */
    TIMED,
    /** The one method of a functional type: runs the function value it is called on. */
    INVOKES,
    /** Creates an object of a class named at run time (a plugin): its code is unknown to the program. */
    REFLECTIVE
}
