package dev.fearless.summary;

import dev.fearless.facts.Event.AcquireKind;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.Position;
import dev.fearless.rule.Location;
import java.util.List;

/**
 * A lock a method takes, directly or through its callees: the lock in the method's own frame
 * ({@code lock}, {@code null} when the method cannot name it), the lock as the program names it
 * ({@code node}), how it is taken, where in this method ({@code site}: the acquisition or the call
 * leading to it), and the chain of steps down to the acquisition itself.
 */
public record Acquisition(LockRef lock, GlobalLock node, AcquireKind how, Position site, List<Location> chain) {

    public Acquisition {
        chain = List.copyOf(chain);
    }

    /** The acquisition at the end of the chain. */
    public Location origin() {
        return chain.get(chain.size() - 1);
    }
}
