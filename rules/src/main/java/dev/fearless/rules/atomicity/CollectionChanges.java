package dev.fearless.rules.atomicity;

import dev.fearless.facts.Event;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.summary.RaceFields;

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
        for (MethodInfo m : program.writtenInTopLevelOf(field.owner())) {
            if (m.facts().isInitialization() || m == except || RaceFields.forTesting(m)) {
                continue;
            }
            for (Event e : m.facts().events()) {
                if (e instanceof Event.Call c && program.knowledge().inGroup(group, c.name())
                        && c.receiver().pathOrNull() != null && c.receiver().pathOrNull().isField()
                        && program.field(m, c.receiver().pathOrNull()) == field) {
                    return true;
                }
            }
        }
        return false;
    }
}
