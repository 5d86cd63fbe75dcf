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
    /** Ends the process: the call does not return. */
    EXITS,
    /** Reads the calling thread's interrupt status ({@code isInterrupted}, {@code interrupted}). */
    INTERRUPT_STATUS,
    /** Creates a thread of its own for its functional argument (a thread factory, a thread builder). */
    NEW_THREAD,
    /** An executor's hook that sees every task (its outcome or its wrapper): overriding it can report failures. */
    OBSERVES_TASKS
}
