package dev.fearless.rule;

import dev.fearless.facts.Event;
import dev.fearless.facts.FieldFacts;
import dev.fearless.facts.Position;
import dev.fearless.facts.Value;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import java.util.List;

/** Mechanical fixes that several rules offer. */
public final class Fixes {

    private Fixes() {
    }

    /**
     * Makes a private field final when that is a mechanical change: it has an initializer and nothing in
     * its file assigns it (only its file can). Otherwise no fix is offered.
     */
    public static RuleContext.FindingBuilder makeFinal(RuleContext.FindingBuilder finding, Program program,
                                                       FieldInfo field) {
        FieldFacts f = field.facts();
        if (f.isFinal() || !f.isPrivate() || f.initializer() instanceof Value.Absent || assigned(program, field)) {
            return finding;
        }
        return addModifier(finding, field, "final");
    }

    private static boolean assigned(Program program, FieldInfo field) {
        for (TypeInfo t : program.types()) {
            if (t.file() != field.owner().file()) {
                continue;
            }
            for (MethodInfo m : t.methods()) {
                for (Event e : m.facts().events()) {
                    if (e instanceof Event.FieldAccess a && (a.kind() == Event.AccessKind.WRITE
                            || a.kind() == Event.AccessKind.UPDATE) && a.path().fields().size() == 1
                            && program.field(m, a.path()) == field) {
                        return true;
                    }
                }
            }
        }
        return false;
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
