package dev.fearless.summary;

import dev.fearless.facts.MethodFacts;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;

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
}
