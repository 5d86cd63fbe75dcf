package dev.fearless.extract;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import dev.fearless.facts.Guard.Test;
import dev.fearless.facts.Guard.TestKind;
import dev.fearless.facts.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a condition implies in the branch where it is true (or false): {@code x == null && y} implies
 * {@code x IS_NULL} and {@code y IS_TRUE} when true, and nothing certain when false.
 */
final class Conditions {

    /** How many arithmetic operators deep a compared side is split into the values it is computed from. */
    private static final int TERM_DEPTH = 3;

    private Conditions() {
    }

    /** The tests implied by {@code condition} evaluating to {@code outcome}; values come from {@code values}. */
    static List<Test> implied(Expression condition, boolean outcome, Map<Expression, Value> values) {
        List<Test> tests = new ArrayList<>();
        collect(condition, outcome, values, tests);
        return tests;
    }

    /**
     * What an {@code assert} of {@code condition} states: what the condition implies when it holds and,
     * for a disjunction, also what each of its calls states ({@code assert !registered ||
     * loop.inEventLoop()}: the code is written to run where the call holds, the other operands naming the
     * states, such as before the object is set up, where it need not).
     */
    static List<Test> asserted(Expression condition, Map<Expression, Value> values) {
        List<Test> tests = implied(condition, true, values);
        if (unwrap(condition) instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.OR) {
            for (Expression operand : List.of(unwrap(b.getLeft()), unwrap(b.getRight()))) {
                if (operand instanceof MethodCallExpr) {
                    collect(operand, true, values, tests);
                }
            }
        }
        return tests;
    }

    /** A condition that compares a boolean with a literal: the other side, and whether the condition means it or its negation. */
    record AgainstLiteral(Expression subject, boolean same) {
    }

    /** {@code x == true} and {@code x != false} mean {@code x}; {@code x == false} and {@code x != true} mean {@code !x}. */
    static AgainstLiteral againstLiteral(Expression e) {
        if (!(e instanceof BinaryExpr b) || b.getOperator() != BinaryExpr.Operator.EQUALS
                && b.getOperator() != BinaryExpr.Operator.NOT_EQUALS) {
            return null;
        }
        boolean equals = b.getOperator() == BinaryExpr.Operator.EQUALS;
        if (b.getRight() instanceof BooleanLiteralExpr lit) {
            return new AgainstLiteral(b.getLeft(), lit.getValue() == equals);
        }
        if (b.getLeft() instanceof BooleanLiteralExpr lit) {
            return new AgainstLiteral(b.getRight(), lit.getValue() == equals);
        }
        return null;
    }

    private static void collect(Expression e, boolean outcome, Map<Expression, Value> values, List<Test> out) {
        AgainstLiteral literal = againstLiteral(e);
        if (literal != null) {
            collect(literal.subject(), literal.same() == outcome, values, out);
        } else if (e instanceof EnclosedExpr enclosed) {
            collect(enclosed.getInner(), outcome, values, out);
        } else if (e instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
            collect(u.getExpression(), !outcome, values, out);
        } else if (e instanceof BinaryExpr b) {
            switch (b.getOperator()) {
                case AND -> {
                    if (outcome) {
                        collect(b.getLeft(), true, values, out);
                        collect(b.getRight(), true, values, out);
                    }
                }
                case OR -> {
                    if (!outcome) {
                        collect(b.getLeft(), false, values, out);
                        collect(b.getRight(), false, values, out);
                    } else {
                        // Neither operand is known to hold, but the branch runs on what the condition found
                        // of each value it compares ({@code current == null || offset > current}).
                        comparedIn(b.getLeft(), values, out);
                        comparedIn(b.getRight(), values, out);
                    }
                }
                case EQUALS, NOT_EQUALS -> comparison(b, outcome, values, out);
                case LESS, LESS_EQUALS, GREATER, GREATER_EQUALS -> {
                    // Either outcome says the two values were compared (a value checked against a bound),
                    // also the terms of an arithmetic side (now - start >= window compares start).
                    addComparedTerms(b.getLeft(), values, out, TERM_DEPTH);
                    addComparedTerms(b.getRight(), values, out, TERM_DEPTH);
                    againstZero(b, outcome, values, out);
                }
                default -> {
                    // Arithmetic conditions imply nothing we track.
                }
            }
        } else {
            Value v = values.get(e);
            if (v != null && !(v instanceof Value.Other)) {
                out.add(new Test(v, outcome ? TestKind.IS_TRUE : TestKind.IS_FALSE));
            }
        }
    }

    private static void comparison(BinaryExpr b, boolean outcome, Map<Expression, Value> values, List<Test> out) {
        boolean equals = (b.getOperator() == BinaryExpr.Operator.EQUALS) == outcome;
        Expression subject;
        if (b.getRight() instanceof NullLiteralExpr) {
            subject = b.getLeft();
        } else if (b.getLeft() instanceof NullLiteralExpr) {
            subject = b.getRight();
        } else {
            addCompared(values.get(unwrap(b.getLeft())), out);
            addCompared(values.get(unwrap(b.getRight())), out);
            Expression other = integer(unwrap(b.getRight())) != null ? unwrap(b.getLeft())
                    : integer(unwrap(b.getLeft())) != null ? unwrap(b.getRight()) : null;
            Value v = other == null ? null : values.get(other);
            if (equals && v != null && !(v instanceof Value.Other) && !(v instanceof Value.Literal)) {
                out.add(new Test(v, TestKind.EQUALS_INTEGER));
            }
            return;
        }
        Value v = values.get(unwrap(subject));
        if (v != null && !(v instanceof Value.Other)) {
            out.add(new Test(v, equals ? TestKind.IS_NULL : TestKind.NOT_NULL));
        }
    }

    /**
     * A value compared with zero ({@code ms > 0}, {@code 0 < ms}, {@code n >= 1}, {@code n <= 0}): whether
     * it is above zero in this outcome, for a caller passing a constant to rule the branch in or out.
     */
    private static void againstZero(BinaryExpr b, boolean outcome, Map<Expression, Value> values, List<Test> out) {
        BinaryExpr.Operator op = b.getOperator();
        Expression subject;
        long bound;
        if (integer(unwrap(b.getRight())) != null) {
            subject = unwrap(b.getLeft());
            bound = integer(unwrap(b.getRight()));
        } else if (integer(unwrap(b.getLeft())) != null) {
            subject = unwrap(b.getRight());
            bound = integer(unwrap(b.getLeft()));
            op = switch (op) { // 0 < x is x > 0
                case LESS -> BinaryExpr.Operator.GREATER;
                case LESS_EQUALS -> BinaryExpr.Operator.GREATER_EQUALS;
                case GREATER -> BinaryExpr.Operator.LESS;
                default -> BinaryExpr.Operator.LESS_EQUALS;
            };
        } else {
            return;
        }
        // x > 0 and x >= 1 say "above zero"; x <= 0 and x < 1 say "not above zero"
        Boolean above = op == BinaryExpr.Operator.GREATER && bound == 0 || op == BinaryExpr.Operator.GREATER_EQUALS && bound == 1
                ? Boolean.TRUE
                : op == BinaryExpr.Operator.LESS_EQUALS && bound == 0 || op == BinaryExpr.Operator.LESS && bound == 1
                ? Boolean.FALSE : null;
        Value v = values.get(subject);
        if (above != null && v != null && !(v instanceof Value.Other) && !(v instanceof Value.Literal)) {
            out.add(new Test(v, above == outcome ? TestKind.POSITIVE : TestKind.NOT_POSITIVE));
        }
    }

    /** The value of an integer literal ({@code 0}, {@code 1L}), or {@code null}. */
    static Long integer(Expression e) {
        if (e instanceof IntegerLiteralExpr i) {
            return i.asNumber().longValue();
        }
        if (e instanceof LongLiteralExpr l) {
            return l.asNumber().longValue();
        }
        return null;
    }

    /** Each value an arithmetic side of a comparison is computed from ({@code now - start}), or the side itself. */
    private static void addComparedTerms(Expression e, Map<Expression, Value> values, List<Test> out, int depth) {
        Expression x = unwrap(e);
        if (depth > 0 && x instanceof BinaryExpr b && (b.getOperator() == BinaryExpr.Operator.PLUS
                || b.getOperator() == BinaryExpr.Operator.MINUS || b.getOperator() == BinaryExpr.Operator.MULTIPLY
                || b.getOperator() == BinaryExpr.Operator.DIVIDE)) {
            addComparedTerms(b.getLeft(), values, out, depth - 1);
            addComparedTerms(b.getRight(), values, out, depth - 1);
            return;
        }
        addCompared(values.get(x), out);
    }

    /** Each value an operand of a disjunction compares, with anything or with {@code null}: it was {@code COMPARED}. */
    private static void comparedIn(Expression e, Map<Expression, Value> values, List<Test> out) {
        Expression x = unwrap(e);
        if (x instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
            comparedIn(u.getExpression(), values, out);
        } else if (x instanceof BinaryExpr b) {
            switch (b.getOperator()) {
                case AND, OR -> {
                    comparedIn(b.getLeft(), values, out);
                    comparedIn(b.getRight(), values, out);
                }
                case EQUALS, NOT_EQUALS, LESS, LESS_EQUALS, GREATER, GREATER_EQUALS -> {
                    addCompared(values.get(unwrap(b.getLeft())), out);
                    addCompared(values.get(unwrap(b.getRight())), out);
                }
                default -> {
                    // arithmetic: nothing compared at this level
                }
            }
        }
    }

    private static void addCompared(Value v, List<Test> out) {
        if (v != null && !(v instanceof Value.Other) && !(v instanceof Value.Literal)) {
            out.add(new Test(v, TestKind.COMPARED));
        }
    }

    /** The expression inside any parentheses around it. */
    static Expression unwrap(Expression e) {
        Expression x = e;
        while (x instanceof EnclosedExpr enclosed) {
            x = enclosed.getInner();
        }
        return x;
    }
}
