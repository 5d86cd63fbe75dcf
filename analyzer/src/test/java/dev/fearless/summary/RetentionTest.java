package dev.fearless.summary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RetentionTest {

    private final Analyzed a = Analyzed.of("""
            import java.util.*;
            class Registry {
                private final List<Object> kept = new ArrayList<>();
                private Object last;
                void add(Object o) { kept.add(o); }
                void remember(Object o) { last = o; }
                void forward(Object o) { add(o); }
                int look(Object o) { return o.hashCode(); }
            }
            """);

    @Test
    void storingInFieldOrCollection_retains() {
        assertTrue(Retention.retains(a.program(), a.method("Registry", "add"), "o", 2));
        assertTrue(Retention.retains(a.program(), a.method("Registry", "remember"), "o", 2));
    }

    @Test
    void passingToRetainingMethod_retainsWithinDepth() {
        assertTrue(Retention.retains(a.program(), a.method("Registry", "forward"), "o", 2));
        assertFalse(Retention.retains(a.program(), a.method("Registry", "forward"), "o", 0));
    }

    @Test
    void onlyCallingItsMethods_doesNotRetain() {
        assertFalse(Retention.retains(a.program(), a.method("Registry", "look"), "o", 2));
    }
}
