package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.Location;
import java.util.List;

/**
 * Something calling a method can do that matters to a thread holding a lock: block ({@link Kind#BLOCKS}:
 * a blocking library call, or a wait) or run code the program does not know ({@link Kind#UNKNOWN}).
 * {@code what} names it (the blocking call, or the unknown code and why it is unknown); {@code path} is
 * the chain of calls from the method down to where it happens; {@code when} the condition on the
 * method's parameters under which it happens. For a wait, {@code releases} is the lock the wait gives
 * up while it waits, in the method's frame; {@code bounded} says the wait ends after a timeout;
 * {@code heldOnTheWay} are the locks the method itself takes, and still holds, where it happens.
 * Unknown code held by the method's parameter or by a field of its own object ({@code carrier}, or
 * {@code null}) is unknown only if its caller passes, or made the object with, something unknown;
 * {@code hook} marks an abstract method of an object, implemented by subclasses outside the program.
 */
public record Effect(Kind kind, String what, Step path, Condition when, LockRef releases, boolean bounded,
                     LockSet heldOnTheWay, AccessPath carrier, boolean hook) {

    /** Kinds of effect. */
    public enum Kind { BLOCKS, UNKNOWN }

    /** The steps from the method down to where it happens, as locations for a report. */
    public List<Location> chain() {
        return path.locations();
    }

    /** Where it happens, at the end of the chain. */
    public Location origin() {
        List<Location> chain = chain();
        return chain.get(chain.size() - 1);
    }
}
