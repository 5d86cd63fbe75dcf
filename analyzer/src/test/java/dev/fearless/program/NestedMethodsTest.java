package dev.fearless.program;

import static dev.fearless.program.Programs.method;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The code written directly inside a method: its closures and the methods of its local and anonymous classes. */
class NestedMethodsTest {

    private static final Program PROGRAM = Programs.link("p/Outer.java", """
            package p;
            class Outer {
                void m() {
                    Runnable r = () -> { Runnable inner = () -> { }; };
                    Object o = new Object() { public String toString() { return ""; } };
                    class Local { void work() { } }
                }
                void plain() { }
            }
            """);

    private static List<String> nested(MethodInfo m) {
        return PROGRAM.nestedIn(m).stream().map(n -> n.facts().isClosure() ? "closure" : n.owner().name() + "#" + n.name())
                .toList();
    }

    @Test
    void closuresAndMethodsOfLocalAndAnonymousClasses_areNestedInTheMethod() {
        List<String> inside = nested(method(PROGRAM, "p.Outer", "m"));
        assertEquals(List.of("closure", "p.Outer$1#toString", "p.Outer$1Local#work"), inside);
    }

    @Test
    void closureInAClosure_isNestedInTheOuterClosureOnly() {
        MethodInfo m = method(PROGRAM, "p.Outer", "m");
        MethodInfo outerClosure = PROGRAM.nestedIn(m).stream().filter(n -> n.facts().isClosure()
                && !PROGRAM.nestedIn(n).isEmpty()).findFirst().orElseThrow();
        assertEquals(1, PROGRAM.nestedIn(outerClosure).size());
        assertEquals(m, PROGRAM.nestedIn(outerClosure).get(0).closureParent().closureParent());
    }

    @Test
    void methodWithoutNestedCode_hasNone() {
        assertEquals(List.of(), nested(method(PROGRAM, "p.Outer", "plain")));
    }
}
