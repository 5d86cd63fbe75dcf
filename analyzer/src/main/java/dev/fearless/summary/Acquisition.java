package dev.fearless.summary;

import dev.fearless.facts.Event.AcquireKind;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.Position;
import dev.fearless.facts.Location;
import java.util.List;

/**
 * A lock a method takes, directly or through its callees: the lock in the method's own frame
 * ({@code lock}, {@code null} when the method cannot name it), the lock as the program names it
 * ({@code node}), how it is taken, where in this method ({@code site}: the acquisition or the call
 * leading to it), and the chain of steps down to the acquisition itself.
 */
public record Acquisition(LockRef lock, GlobalLock node, AcquireKind how, Position site, Step path) {

    /** The steps down to the acquisition, as locations for a report. */
    public List<Location> chain() {
        return path.locations();
    }

    /** The acquisition at the end of the chain. */
    public Location origin() {
        Step last = path.last();
        return new Location(last.method().path(), last.pos(), last.what());
    }
}
