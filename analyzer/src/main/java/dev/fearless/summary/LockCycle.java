package dev.fearless.summary;

import java.util.Comparator;
import java.util.List;

/**
 * A cycle of the lock-order graph that can deadlock: each edge's thread holds its {@code from} lock and
 * waits for its {@code to} lock, which the next edge's thread holds. No gate lock is common to all
 * edges, and at every lock some holder and some waiter conflict (not both readers).
 */
public record LockCycle(List<LockEdge> edges) {

    private static final Comparator<LockEdge> SITE_ORDER = Comparator
            .comparing((LockEdge e) -> e.method().path())
            .thenComparing(LockEdge::site);

    public LockCycle {
        edges = List.copyOf(edges);
    }

    /** The edge the cycle is reported at: the one whose site comes first by file, then position. */
    public LockEdge reportedAt() {
        return edges.stream().min(SITE_ORDER).orElseThrow();
    }
}
