package dev.fearless.rule;

import dev.fearless.facts.Event;

/** The kinds of {@link Event}, for an {@link EventMatcher} to say which it wants. */
public enum EventKind {
    FIELD_ACCESS, CALL, NEW_OBJECT, ACQUIRE, RELEASE, RETURN, LOCAL_ASSIGN, THROW;

    /** The kind of an event. */
    public static EventKind of(Event e) {
        if (e instanceof Event.FieldAccess) {
            return FIELD_ACCESS;
        }
        if (e instanceof Event.Call) {
            return CALL;
        }
        if (e instanceof Event.LocalAssign) {
            return LOCAL_ASSIGN;
        }
        if (e instanceof Event.NewObject) {
            return NEW_OBJECT;
        }
        if (e instanceof Event.Acquire) {
            return ACQUIRE;
        }
        if (e instanceof Event.Release) {
            return RELEASE;
        }
        if (e instanceof Event.Return) {
            return RETURN;
        }
        return THROW;
    }
}
