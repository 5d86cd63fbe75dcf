package dev.fearless.summary;

import dev.fearless.facts.Guard.TestKind;
import java.util.ArrayList;
import java.util.List;

/**
 * When something a method does happens, in terms of its parameters: a conjunction of tests, each on one
 * parameter ({@code waitForFutures IS_TRUE}, {@code listener NOT_NULL}). {@link #ALWAYS} (no tests) means
 * as far as the analysis can tell. A caller passing constants can rule the condition out.
 */
public record Condition(List<ParamTest> tests) {

    /** No known condition: it may always happen. */
    public static final Condition ALWAYS = new Condition(List.of());

    /** A test on one parameter, by name. */
    public record ParamTest(String param, TestKind kind) {
    }

    public Condition {
        tests = List.copyOf(tests);
    }

    public boolean always() {
        return tests.isEmpty();
    }

    /** This condition and the test, or {@code null} when they contradict each other (never both true). */
    public Condition and(ParamTest test) {
        if (test.kind() == TestKind.COMPARED || test.kind() == TestKind.EQUALS_INTEGER || tests.contains(test)) {
            return this;
        }
        for (ParamTest t : tests) {
            if (t.param().equals(test.param()) && t.kind().contradicts(test.kind())) {
                return null;
            }
        }
        List<ParamTest> more = new ArrayList<>(tests);
        more.add(test);
        return new Condition(more);
    }

    /** Both conditions, or {@code null} when they contradict each other. */
    public Condition and(Condition other) {
        Condition result = this;
        for (ParamTest t : other.tests) {
            result = result.and(t);
            if (result == null) {
                return null;
            }
        }
        return result;
    }

    @Override
    public String toString() {
        if (tests.isEmpty()) {
            return "always";
        }
        List<String> parts = new ArrayList<>();
        for (ParamTest t : tests) {
            parts.add(switch (t.kind()) {
                case IS_TRUE -> t.param();
                case IS_FALSE -> "!" + t.param();
                case IS_NULL -> t.param() + " == null";
                case NOT_NULL -> t.param() + " != null";
                case COMPARED -> t.param() + " compared";
                case POSITIVE -> t.param() + " > 0";
                case NOT_POSITIVE -> t.param() + " <= 0";
                case NOT_DONE -> "!" + t.param() + ".isDone()";
                case EQUALS_INTEGER -> t.param() + " == a constant";
            });
        }
        return String.join(" && ", parts);
    }
}
