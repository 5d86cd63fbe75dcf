package dev.fearless.summary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.program.MethodInfo;
import org.junit.jupiter.api.Test;

class MutationsTest {

    private final Analyzed a = Analyzed.of("""
            import java.util.*;
            class Counter {
                private int n;
                void bump() { n++; }
                int peek() { return n; }
                void use(List<String> list, Counter other) {
                    list.add("x");
                    list.size();
                    other.bump();
                    other.peek();
                }
            }
            """);

    @Test
    void libraryCalls_mutateByKnownName() {
        assertTrue(Mutations.libraryMutation(a.program(), "java.util.ArrayList", "add"));
        assertFalse(Mutations.libraryMutation(a.program(), "java.util.ArrayList", "size"));
    }

    @Test
    void programCalls_mutateWhenTheyWriteOwnState() {
        MethodInfo use = a.method("Counter", "use");
        assertTrue(Mutations.mutatesVariable(a.program(), use, Analyzed.call(use, "add"), "list"));
        assertFalse(Mutations.mutatesVariable(a.program(), use, Analyzed.call(use, "size"), "list"));
        assertTrue(Mutations.mutatesVariable(a.program(), use, Analyzed.call(use, "bump"), "other"));
        assertFalse(Mutations.mutatesVariable(a.program(), use, Analyzed.call(use, "peek"), "other"));
        assertTrue(Mutations.writesOwnState(a.program(), a.method("Counter", "bump"), 2));
        assertFalse(Mutations.writesOwnState(a.program(), a.method("Counter", "peek"), 2));
    }
}
