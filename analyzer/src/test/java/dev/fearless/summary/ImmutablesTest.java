package dev.fearless.summary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class ImmutablesTest {

    private final Analyzed a = Analyzed.of("""
            import java.util.*;
            final class Point { final int x; final String name; Point(int x, String name) { this.x = x; this.name = name; } }
            final class Holder { final List<String> items = new ArrayList<>(); }
            class Mutable { int x; }
            """);

    @Test
    void finalFieldsOfImmutableTypes_areDeeplyImmutable() {
        assertTrue(Immutables.deeplyImmutable(a.program(), "Point", new HashSet<>()));
        assertTrue(Immutables.deeplyImmutable(a.program(), "java.lang.String", new HashSet<>()));
    }

    @Test
    void finalFieldHoldingMutableList_isAllFinalButNotDeeplyImmutable() {
        assertTrue(Immutables.allFinal(a.program(), a.type("Holder")));
        assertFalse(Immutables.deeplyImmutable(a.program(), "Holder", new HashSet<>()));
    }

    @Test
    void nonFinalField_isNeither() {
        assertFalse(Immutables.allFinal(a.program(), a.type("Mutable")));
        assertFalse(Immutables.deeplyImmutable(a.program(), "Mutable", new HashSet<>()));
    }
}
