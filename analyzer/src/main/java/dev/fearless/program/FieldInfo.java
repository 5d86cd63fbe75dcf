package dev.fearless.program;

import dev.fearless.facts.FieldFacts;

/**
 * A field of a program type: its facts and its owner. One instance per declared field, so identity is
 * equality (cheap to use as a map key).
 */
public final class FieldInfo {

    private final TypeInfo owner;
    private final FieldFacts facts;

    FieldInfo(TypeInfo owner, FieldFacts facts) {
        this.owner = owner;
        this.facts = facts;
    }

    public TypeInfo owner() {
        return owner;
    }

    public FieldFacts facts() {
        return facts;
    }

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
