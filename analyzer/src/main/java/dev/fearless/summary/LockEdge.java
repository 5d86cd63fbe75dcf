package dev.fearless.summary;

import dev.fearless.facts.LockRef;
import dev.fearless.facts.Position;
import dev.fearless.program.MethodInfo;
import dev.fearless.facts.Location;
import java.util.List;
import java.util.Set;

/**
 * An edge of the lock-order graph: in {@code method}, holding {@code from} (taken at {@code heldAt}),
 * the thread takes {@code to} at {@code site} (directly, or through the calls in {@code chain}).
 * {@code gates} are the other locks held there: a cycle whose edges all share a gate cannot deadlock.
 * The modes say whether {@code from} is held and {@code to} is taken for reading only.
 * {@code fromObject} and {@code toObject} are the classes of the objects whose lock fields they are, as
 * {@code method} knows them (its own class for {@code this.lock}), or {@code null}: a lock field of an
 * object of one class is never the same lock as that field of an object of an unrelated class.
 */
public record LockEdge(GlobalLock from, GlobalLock to, MethodInfo method, Position site, Position heldAt,
                       Step path, Set<GlobalLock> gates, boolean fromRead, boolean toRead,
                       String fromObject, String toObject) {

    public LockEdge {
        gates = Set.copyOf(gates);
    }

    /** The steps from this edge's site down to where {@code to} is taken. */
    public List<Location> chain() {
        return path.locations();
    }

    public Location siteLocation() {
        return new Location(method.path(), site, "");
    }

    static boolean readMode(LockRef lock) {
        return lock != null && lock.kind() == LockRef.Kind.READ;
    }
}
