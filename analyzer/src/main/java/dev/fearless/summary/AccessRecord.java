package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.Position;
import dev.fearless.program.MethodInfo;

/**
 * One access a method performs, directly or through its callees, in the method's own frame: the path
 * accessed, how, the locks held (relative to the method's entry), the place in this method where it
 * happens ({@code site}: the access itself or the call that leads to it), and the access at the end
 * of the call chain ({@code originMethod}, {@code origin}). {@code call} names the container method
 * for {@link AccessOp#CALL_READ} and friends. {@code loop} is the event loop the access runs on when a
 * call on the way to it is made only on that loop's own thread ({@code if (executor.inEventLoop())
 * close0()}), whichever thread runs this method; {@code null} when no check says so.
 */
public record AccessRecord(AccessPath path, AccessOp op, String call, LockSet held, Position site,
                           MethodInfo originMethod, Position origin, LogicalThread loop) {

    /** Whether the access happens in this method itself rather than in a callee. */
    public boolean direct(MethodInfo m) {
        return originMethod == m && origin.equals(site);
    }
}
