package dev.fearless.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fearless.facts.Loop;
import org.junit.jupiter.api.Test;

/** What a loop's condition tests, with calls of predicate helpers whose answer one test of fields decides replaced by that test. */
class LoopPredicatesTest {

    private static final Snippet SNIPPET = Snippet.of("""
            class Q {
                private int count;
                private int capacity;
                private final Object lock = new Object();
                private boolean full() { if (count >= capacity) return true; return false; }
                private boolean link(Object e) { if (count >= capacity) { return false; } count++; return true; }
                private boolean linkReserved(Object e) { if (count >= capacity - 1) return false; count++; return true; }
                private boolean byParameter(int max) { if (count >= max) return false; return true; }
                private boolean sometimes(Object e) { if (count >= capacity) return false; if (e == null) return false; return true; }
                boolean overridable(Object e) { if (count >= capacity) return false; return true; }
                void waitNotFull() throws InterruptedException { synchronized (lock) { while (full()) lock.wait(); } }
                void waitLink(Object e) throws InterruptedException { synchronized (lock) { while (!link(e)) lock.wait(); } }
                void waitReserved(Object e) throws InterruptedException { synchronized (lock) { while (!linkReserved(e)) lock.wait(); } }
                void waitParameter() throws InterruptedException { synchronized (lock) { while (!byParameter(3)) lock.wait(); } }
                void waitSometimes(Object e) throws InterruptedException { synchronized (lock) { while (!sometimes(e)) lock.wait(); } }
                void waitOverridable(Object e) throws InterruptedException { synchronized (lock) { while (!overridable(e)) lock.wait(); } }
            }
            """);

    private static Loop loopOf(String method) {
        return SNIPPET.method(method).loops().get(0);
    }

    @Test
    void aHelperDecidedByOneTestStandsForThatTest() {
        assertEquals("(count >= capacity)", loopOf("waitLink").predicate());
        assertEquals("(count >= capacity)", loopOf("waitNotFull").predicate());
        assertEquals("(count >= capacity - 1)", loopOf("waitReserved").predicate());
        assertEquals("!link(e)", loopOf("waitLink").condition());
    }

    @Test
    void otherHelpersStayAsWritten() {
        assertEquals("!byParameter(3)", loopOf("waitParameter").predicate(), "the test reads the helper's parameter");
        assertEquals("!sometimes(e)", loopOf("waitSometimes").predicate(), "another return gives the same answer");
        assertEquals("!overridable(e)", loopOf("waitOverridable").predicate(), "a subclass may answer otherwise");
    }
}
