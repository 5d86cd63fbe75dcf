package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * A value a field's own class stores in it, with the method that stores it: the field's initializer
 * (in its class's initializer method) or a plain write of {@code this.f} or of the static {@code f}.
 */
record StoredValue(MethodInfo method, Value value, boolean initializer) {

    /** Every value stored in {@code f}, its initializer first; {@code null} when its initializer's method is unknown. */
    static List<StoredValue> of(FieldInfo f) {
        List<StoredValue> result = new ArrayList<>();
        if (!(f.facts().initializer() instanceof Value.Absent)) {
            MethodInfo init = Initializers.of(f);
            if (init == null) {
                return null;
            }
            result.add(new StoredValue(init, f.facts().initializer(), true));
        }
        for (MethodInfo m : f.owner().methods()) {
            for (Event e : m.facts().events()) {
                if (e instanceof Event.FieldAccess fa && fa.kind() == Event.AccessKind.WRITE && fa.path().isField()
                        && fa.path().fields().size() == 1 && fa.path().lastField().equals(f.name())
                        && (fa.path().root() == AccessPath.Root.THIS || fa.path().root() == AccessPath.Root.STATIC)) {
                    result.add(new StoredValue(m, fa.value(), false));
                }
            }
        }
        return result;
    }
}
