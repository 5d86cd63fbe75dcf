package dev.fearless.facts;

import java.util.List;

/**
 * What an {@code assert} statement states for the rest of its block: the events from index {@code from}
 * up to {@code to} (exclusive) are written for callers where the condition holds, and run there
 * whenever assertions are checked ({@code assert executor.inEventLoop();}). Unlike a {@link Guard} it
 * decides nothing: with assertions off the events run either way.
 */
public record Assertion(int from, int to, List<Guard.Test> implied) implements java.io.Serializable {

    public Assertion {
        implied = List.copyOf(implied);
    }

    /** Whether the assertion covers the event at {@code index}. */
    public boolean covers(int index) {
        return index >= from && index < to;
    }
}
