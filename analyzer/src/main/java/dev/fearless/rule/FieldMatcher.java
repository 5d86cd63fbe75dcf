package dev.fearless.rule;

import dev.fearless.program.FieldInfo;
import dev.fearless.summary.FieldUse;
import java.util.List;

/** A rule about the accesses to one field: the engine calls it once per field that is used from an entry point. */
public interface FieldMatcher extends Rule {

    /** Checks {@code field}, given its uses from the program's entry points (never empty). */
    void matchField(RuleContext context, FieldInfo field, List<FieldUse> uses);
}
