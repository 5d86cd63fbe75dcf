package dev.fearless.rule;

/** A rule that looks at a whole method at a time: the engine calls it once per method (closures included). */
public interface MethodMatcher extends Rule {

    void matchMethod(MethodScope scope);
}
