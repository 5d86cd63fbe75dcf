package dev.fearless.summary;

import dev.fearless.facts.LockSet;
import dev.fearless.program.MethodInfo;
import java.util.Map;

/**
 * What the summarizer computed for the whole program, shared (read-only) by all rules: for each
 * method, the locks certainly held whenever it runs (its entry locks).
 */
public final class Summaries {

    private final Map<MethodInfo, LockSet> entryLocks;

    Summaries(Map<MethodInfo, LockSet> entryLocks) {
        this.entryLocks = entryLocks;
    }

    /**
     * The locks certainly held, in {@code m}'s own frame, whenever {@code m} runs: a private helper
     * only called under a lock, or a closure run here inside a locked region, inherits them.
     */
    public LockSet entryLocks(MethodInfo m) {
        return entryLocks.getOrDefault(m, LockSet.EMPTY);
    }

    /** The locks certainly held at an event of {@code m}: its entry locks plus those held at the event. */
    public LockSet heldAt(MethodInfo m, LockSet atEvent) {
        LockSet entry = entryLocks(m);
        return entry.isEmpty() ? atEvent : entry.plusAll(atEvent);
    }
}
