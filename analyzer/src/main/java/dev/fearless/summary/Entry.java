package dev.fearless.summary;

import dev.fearless.facts.LockSet;
import dev.fearless.program.MethodInfo;

/**
 * A method where a thread can start running the program's code: a non-private method called by
 * clients, or a task run on another thread. {@code entryLocks} are the locks a caller is documented to
 * hold ({@code @GuardedBy} on the method).
 */
public record Entry(MethodInfo method, ThreadContext context, LockSet entryLocks) {
}
