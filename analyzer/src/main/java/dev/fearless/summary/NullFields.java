package dev.fearless.summary;

import dev.fearless.facts.Event;
import dev.fearless.facts.Modifiers;
import dev.fearless.facts.Value;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The fields that hold {@code null} whenever production code reads them: declared without a value (or
 * with {@code null}), assigned nothing but {@code null} by the program outside code written for tests,
 * and not assignable from outside the program (not public or protected). A branch under
 * {@code if (latch != null)} on such a field never runs in production.
 */
final class NullFields {

    private final Set<FieldInfo> assigned = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Names of fields written through a path the program cannot resolve: any field of that name may be. */
    private final Set<String> assignedByName = new HashSet<>();

    NullFields(Program program) {
        for (MethodInfo m : program.methods()) {
            boolean forTesting = forTesting(m.declaringMethod());
            for (Event e : m.facts().events()) {
                if (!(e instanceof Event.FieldAccess fa) || !fa.path().isField()
                        || fa.kind() != Event.AccessKind.WRITE && fa.kind() != Event.AccessKind.UPDATE) {
                    continue;
                }
                if (forTesting || fa.value() instanceof Value.Literal lit && lit.kind() == Value.LiteralKind.NULL) {
                    continue;
                }
                FieldInfo f = program.field(m, fa.path());
                if (f == null) {
                    assignedByName.add(fa.path().lastField());
                } else {
                    assigned.add(f);
                }
            }
        }
    }

    /** Whether the field is certainly {@code null} when production code reads it. */
    boolean alwaysNull(FieldInfo f) {
        if (f == null || assigned.contains(f) || assignedByName.contains(f.name())
                || f.facts().type().isPrimitive()) {
            return false;
        }
        int modifiers = f.facts().modifiers();
        if (Modifiers.has(modifiers, Modifiers.PUBLIC) || Modifiers.has(modifiers, Modifiers.PROTECTED)) {
            return false;
        }
        Value init = f.facts().initializer();
        return init instanceof Value.Absent || init instanceof Value.Literal lit && lit.kind() == Value.LiteralKind.NULL;
    }

    /** Code written for tests: hooks the production code does not run. */
    static boolean forTesting(MethodInfo m) {
        return RaceFields.forTesting(m);
    }
}
