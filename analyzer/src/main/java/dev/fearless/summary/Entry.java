package dev.fearless.summary;

import dev.fearless.facts.LockSet;
import dev.fearless.program.MethodInfo;

/**
 * A method where a thread can start running the program's code: a non-private method called by
 * clients, or a task run on another thread. {@code entryLocks} are the locks its callers hold (all of
 * them in the program, or documented by {@code @GuardedBy} on the method); {@code threads} the logical
 * threads that can run it ({@link ThreadModel}).
 */
public record Entry(MethodInfo method, ThreadContext context, LockSet entryLocks, ThreadSet threads) {
}
