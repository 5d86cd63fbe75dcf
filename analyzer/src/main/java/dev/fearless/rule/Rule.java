package dev.fearless.rule;

/**
 * One check. Reads the program and its summaries through the context and reports findings; never
 * parses, never does I/O, never sees another rule. Stateless, so rules run in parallel.
 */
public interface Rule {

    void check(RuleContext context);
}
