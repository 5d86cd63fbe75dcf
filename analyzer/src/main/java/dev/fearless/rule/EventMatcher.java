package dev.fearless.rule;

import dev.fearless.facts.Event;
import java.util.Set;

/** A rule that looks at single events: the engine calls it for each event of the kinds it names, in each method. */
public interface EventMatcher extends Rule {

    /** The kinds of event this rule wants to see. */
    Set<EventKind> eventKinds();

    /** Checks the event at {@code index} of the scope's method. */
    void matchEvent(MethodScope scope, int index, Event event);
}
