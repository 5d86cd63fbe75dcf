package dev.fearless.program;

import dev.fearless.facts.FieldFacts;

/** A field of a program type: its facts and its owner. */
public record FieldInfo(TypeInfo owner, FieldFacts facts) {

    public String name() {
        return facts.name();
    }

    /** {@code Owner.field}, with the owner's simple name. */
    public String display() {
        return owner.simpleName() + "." + facts.name();
    }

    @Override
    public String toString() {
        return owner.name() + "." + facts.name();
    }
}
