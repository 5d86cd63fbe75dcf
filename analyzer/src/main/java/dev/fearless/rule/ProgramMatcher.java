package dev.fearless.rule;

/**
 * A whole-program rule that cannot be split by method, field or type (the lock-order graph, cycles of
 * class initialization): the engine calls it once, on a thread of its own.
 */
public interface ProgramMatcher extends Rule {

    void matchProgram(RuleContext context);
}
