package dev.fearless.rules;

import dev.fearless.facts.Event;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** An event together with the method it happens in and its index there: what most rules iterate over. */
public record EventSite(MethodInfo method, int index, Event event) {

    /** Calls {@code action} for every event of every method of the program, in program order. */
    public static void forEach(Program program, Consumer<EventSite> action) {
        for (MethodInfo m : program.methods()) {
            List<Event> events = m.facts().events();
            for (int i = 0; i < events.size(); i++) {
                action.accept(new EventSite(m, i, events.get(i)));
            }
        }
    }

    /** Calls {@code action} for every event of one kind ({@code Event.Call.class}...), in program order. */
    public static void forEach(Program program, Class<? extends Event> kind, Consumer<EventSite> action) {
        for (MethodInfo m : program.methods()) {
            List<Event> events = m.facts().events();
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                if (kind.isInstance(e)) {
                    action.accept(new EventSite(m, i, e));
                }
            }
        }
    }

    /** The events of one method whose type is {@code kind}. */
    public static <E extends Event> List<Indexed<E>> of(MethodInfo m, Class<E> kind) {
        List<Indexed<E>> result = new ArrayList<>();
        List<Event> events = m.facts().events();
        for (int i = 0; i < events.size(); i++) {
            if (kind.isInstance(events.get(i))) {
                result.add(new Indexed<>(i, kind.cast(events.get(i))));
            }
        }
        return result;
    }

    /** An event of a known kind with its index in its method. */
    public record Indexed<E extends Event>(int index, E event) {
    }
}
