package dev.fearless.facts;

import java.util.List;

/**
 * An {@code assert} statement: its check is the events from index {@code checkFrom} up to {@code from}
 * (exclusive), evaluated only when assertions are enabled; what the check states ({@code implied})
 * holds for the rest of its block, the events from {@code from} up to {@code to}, which are written for
 * callers where the condition holds and run there whenever assertions are checked
 * ({@code assert executor.inEventLoop();}). Unlike a {@link Guard} it decides nothing: with assertions
 * off the rest of the block runs either way.
 */
public record Assertion(int checkFrom, int from, int to, List<Guard.Test> implied) {

    public Assertion {
        implied = List.copyOf(implied);
    }

    /** Whether the assertion's condition covers the event at {@code index} (it comes after the assertion). */
    public boolean covers(int index) {
        return index >= from && index < to;
    }

    /** Whether the event at {@code index} is part of the check itself, run only with assertions enabled. */
    public boolean checks(int index) {
        return index >= checkFrom && index < from;
    }
}
