package dev.fearless.rule;

import dev.fearless.program.TypeInfo;

/** A rule about a type as a whole (its fields, its methods together): the engine calls it once per type. */
public interface TypeMatcher extends Rule {

    void matchType(RuleContext context, TypeInfo type);
}
