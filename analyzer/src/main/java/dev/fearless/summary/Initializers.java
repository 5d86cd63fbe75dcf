package dev.fearless.summary;

import dev.fearless.facts.Event;
import dev.fearless.facts.MethodFacts;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.List;

/** Where a field's initializer runs: the synthetic {@code <init>} or {@code <clinit>} method of its owner. */
public final class Initializers {

    private Initializers() {
    }

    /** The synthetic initializer method holding the events of {@code f}'s initializer, or {@code null}. */
    public static MethodInfo of(FieldInfo f) {
        String name = f.facts().isStatic() ? MethodFacts.STATIC_INIT : MethodFacts.INSTANCE_INIT;
        for (MethodInfo m : f.owner().methods()) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        return null;
    }

    /**
     * Whether every value the program stores in {@code f} (its initializer, and each assignment, such as a
     * constructor's) is the result of a library call with the trait ({@code Executors.newFixedThreadPool}).
     */
    public static boolean onlyMadeBy(Program program, FieldInfo f, MethodTrait trait) {
        List<StoredValue> stored = StoredValue.of(f);
        if (stored == null || stored.isEmpty()) {
            return false;
        }
        for (StoredValue v : stored) {
            if (!(v.value() instanceof Value.CallResult made)
                    || !(v.method().facts().eventAt(made.eventIndex()) instanceof Event.Call call)
                    || !program.traits(v.method(), call).contains(trait)) {
                return false;
            }
        }
        return true;
    }
}
