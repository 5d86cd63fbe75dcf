package dev.fearless.rules.atomicity;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Guard;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.summary.RaceFields;
import java.util.List;

/** How the code of a collection field's class changes the collection after construction. */
final class CollectionChanges {

    private CollectionChanges() {
    }

    /**
     * Whether code of the field's top-level class, outside constructors, initializers and code written for
     * tests ({@link RaceFields#forTesting}), calls a method
     * of {@code group} on the collection in the field ({@code list.remove(i)} for the shrinking group).
     */
    static boolean calledAfterConstruction(Program program, FieldInfo field, NameGroup group) {
        return calledAfterConstruction(program, field, group, null);
    }

    /** As {@link #calledAfterConstruction(Program, FieldInfo, NameGroup)}, leaving out the calls {@code except} makes. */
    static boolean calledAfterConstruction(Program program, FieldInfo field, NameGroup group, MethodInfo except) {
        return calledAfterConstruction(program, field, group, except, false);
    }

    /**
     * As {@link #calledAfterConstruction(Program, FieldInfo, NameGroup, MethodInfo)}; with {@code
     * evictionsAside}, also leaving out the calls made only where a condition tested the collection's size
     * ({@code if (cache.size() > max) cache.clear();}): an eviction that keeps the collection small, not a
     * removal of entries gone stale.
     */
    static boolean calledAfterConstruction(Program program, FieldInfo field, NameGroup group, MethodInfo except,
                                           boolean evictionsAside) {
        for (MethodInfo m : program.writtenInTopLevelOf(field.owner())) {
            if (m.facts().isInitialization() || m == except || RaceFields.forTesting(m)) {
                continue;
            }
            for (Event e : m.facts().events()) {
                if (e instanceof Event.Call c && program.knowledge().inGroup(group, c.name())
                        && c.receiver().pathOrNull() != null && c.receiver().pathOrNull().isField()
                        && program.field(m, c.receiver().pathOrNull()) == field
                        && !(evictionsAside && underSizeTest(program, m, c, c.receiver().pathOrNull()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a condition holding at {@code c} tests the size of the collection at {@code path}. */
    private static boolean underSizeTest(Program program, MethodInfo m, Event.Call c, AccessPath path) {
        List<Event> events = m.facts().events();
        for (Guard g : m.facts().guardChain(c)) {
            for (Guard.Test t : g.implied()) {
                if (sizeOf(program, events, t.subject(), path)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sizeOf(Program program, List<Event> events, Value v, AccessPath path) {
        return v instanceof Value.CallResult cr && cr.eventIndex() < events.size()
                && events.get(cr.eventIndex()) instanceof Event.Call size
                && program.knowledge().inGroup(NameGroup.SIZE_CHECK, size.name())
                && path.equals(size.receiver().pathOrNull());
    }
}
