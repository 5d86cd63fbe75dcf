package dev.fearless.rule;

/**
 * One check. A rule says what it wants to look at by implementing one or more matcher interfaces
 * ({@link EventMatcher}, {@link MethodMatcher}, {@link FieldMatcher}, {@link TypeMatcher}, or
 * {@link ProgramMatcher} for whole-program checks); the engine walks the program once and calls it for
 * those. A rule reads the program and its summaries and reports findings; it never parses, never does
 * I/O, never sees another rule, and keeps no state (only {@code static final} fields), so the engine may
 * call it from several threads at once.
 */
public interface Rule {
}
