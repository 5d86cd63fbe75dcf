package dev.fearless.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.facts.Modifiers;
import dev.fearless.facts.TypeFacts;
import dev.fearless.facts.TypeRef;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** Java 17+ syntax parses and extracts without error, and the facts keep what matters of it. */
class ModernSyntaxTest {

    @Test
    void records_becomeRecordTypes_withPrivateFinalComponentFields() {
        Snippet s = Snippet.of("""
                package p;
                record Point(int x, int y) {
                    Point {
                        if (x < 0) throw new IllegalArgumentException();
                    }
                    int sum() { return x + y; }
                }
                """);
        TypeFacts point = s.type("p.Point");
        assertEquals(TypeFacts.Kind.RECORD, point.kind());
        assertTrue(point.isFinal());
        assertTrue(point.field("x").isFinal());
        assertTrue(point.field("y").isPrivate());
        assertTrue(point.methods().stream().anyMatch(m -> m.isConstructor()));
    }

    @Test
    void sealedInterfaceWithPermits_parses_andIsSealed() {
        Snippet s = Snippet.of("""
                package p;
                sealed interface Shape permits Circle, Square {}
                final class Circle implements Shape {}
                non-sealed class Square implements Shape {}
                """);
        TypeFacts shape = s.type("p.Shape");
        assertTrue(Modifiers.has(shape.modifiers(), Modifiers.SEALED));
        assertEquals(java.util.List.of(TypeRef.of("Shape")), s.type("p.Circle").interfaces());
    }

    @Test
    void switchPatternMatchingWithGuards_parsesAndExtracts() {
        Snippet s = Snippet.of("""
                class M {
                    int count;
                    static String describe(Object o) {
                        return switch (o) {
                            case Integer i when i > 10 -> "big " + i;
                            case Integer i -> "small " + i;
                            case String str -> str;
                            default -> "other";
                        };
                    }
                    void bump(Object o) {
                        switch (o) {
                            case String str when !str.isEmpty() -> count++;
                            default -> count--;
                        }
                    }
                }
                """);
        assertTrue(s.method("describe").locals().stream().anyMatch(v -> v.name().equals("str")));
        assertEquals(2, Snippet.accesses(s.method("bump"), "count").size());
    }

    @Test
    void recordPatterns_parseAndDeclareTheirVariables() {
        Snippet s = Snippet.of("""
                record Point(int x, int y) {}
                record Line(Point a, Point b) {}
                class R {
                    static int length(Object o) {
                        if (o instanceof Point(int x, int y)) {
                            return x + y;
                        }
                        return switch (o) {
                            case Line(Point(var x1, var y1), Point b) -> b.x() - x1 + b.y() - y1;
                            default -> 0;
                        };
                    }
                }
                """);
        var names = s.type("R").methods().get(0).locals().stream().map(v -> v.name()).toList();
        assertTrue(names.containsAll(java.util.List.of("x", "y", "x1", "y1", "b")), names::toString);
    }

    @Test
    void textBlocks_areStringLiterals() {
        Snippet s = Snippet.of("""
                class T {
                    String sql() {
                        String q = \"""
                            select "x"
                            from t
                            \""";
                        return q;
                    }
                }
                """);
        assertFalse(s.method("sql").events().isEmpty());
    }

    @Test
    void varLocals_parseAndAreDeclared() {
        Snippet s = Snippet.of("""
                import java.util.*;
                class V {
                    void m() {
                        var list = new ArrayList<String>();
                        for (var item : list) { System.out.println(item); }
                    }
                }
                """);
        var names = s.method("m").locals().stream().map(v -> v.name()).toList();
        assertEquals(java.util.List.of("list", "item"), names);
    }

    @Test
    void varLocal_hasNoWrittenType() {
        Snippet s = Snippet.of("class V { void m() { var n = 1; } }");
        TypeRef declared = s.method("m").locals().get(0).type();
        assertFalse(declared.isKnown() && declared.name().equals("var"), () -> "declared type: " + declared);
    }

    @Test
    void arrowSwitchExpression_withoutYield_parses() {
        Snippet s = Snippet.of("""
                class Y {
                    int f(int c) {
                        return switch (c) { case 1, 2 -> 3; default -> 4; };
                    }
                }
                """);
        assertFalse(s.method("f").events().isEmpty());
    }

    @Test
    void yieldInSwitchExpressionBlock_parses() {
        Snippet s = Snippet.of("""
                class Y {
                    int f(int c) {
                        return switch (c) {
                            case 1 -> { int d = c * 2; yield d; }
                            default -> { yield 0; }
                        };
                    }
                }
                """);
        assertFalse(s.method("f").events().isEmpty());
    }

    @Test
    void yieldInOldStyleSwitchExpression_parses() {
        Snippet s = Snippet.of("""
                class Y {
                    int f(int c) {
                        return switch (c) { case 1: yield 3; default: yield 4; };
                    }
                }
                """);
        assertFalse(s.method("f").events().isEmpty());
    }
}
