package dev.fearless.summary;

import dev.fearless.facts.Position;
import dev.fearless.program.MethodInfo;
import dev.fearless.facts.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * One step of a call path, as a shared linked list: the event {@code event} of {@code method}, then the
 * rest of the path in the callee. Folding a callee's summary into a caller adds one step and shares the
 * rest, so paths cost nothing to build; messages are made only when a finding shows them.
 */
public record Step(MethodInfo method, int event, String what, Step next) {

    public Position pos() {
        return method.facts().events().get(event).pos();
    }

    /** The path as locations, each with its note: {@code calls X} for calls, {@code what} at the end. */
    public List<Location> locations() {
        List<Location> result = new ArrayList<>();
        for (Step s = this; s != null; s = s.next) {
            String note = s.next == null ? s.what : "calls `" + s.next.method.display() + "`";
            result.add(new Location(s.method.path(), s.pos(), note));
        }
        return result;
    }

    /**
     * The methods the path passes through after this step's callee, for a message: {@code `b` -> `c`}
     * for a path that calls {@code a}, then {@code b}, then {@code c}; empty when the callee itself is where
     * it happens.
     */
    public String through() {
        List<String> names = new ArrayList<>();
        for (Step s = next == null ? null : next.next; s != null; s = s.next) {
            names.add("`" + s.method.display() + "`");
        }
        return String.join(" -> ", names);
    }

    /** The last step: where the thing actually happens. */
    public Step last() {
        Step s = this;
        while (s.next != null) {
            s = s.next;
        }
        return s;
    }
}
