package dev.fearless.rules;

import dev.fearless.facts.Position;
import dev.fearless.program.FieldInfo;
import dev.fearless.rule.Fix;
import dev.fearless.rule.RuleContext;
import java.util.List;

/** Mechanical fixes that several rules offer. */
public final class Fixes {

    private Fixes() {
    }

    /**
     * Adds a modifier ({@code volatile}) to a field's declaration, just before its type. Offered only
     * when the declaration declares that field alone: {@code int a, b;} would change both.
     */
    public static RuleContext.FindingBuilder addModifier(RuleContext.FindingBuilder finding, FieldInfo field,
                                                         String modifier) {
        Position slot = field.facts().modifierSlot();
        if (slot == null || !slot.isKnown()) {
            return finding;
        }
        return finding.fix(new Fix("Make `" + field.name() + "` " + modifier,
                List.of(new Fix.Replacement(field.owner().file().path(), slot, modifier + " "))));
    }
}
