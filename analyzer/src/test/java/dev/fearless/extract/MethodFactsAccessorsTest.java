package dev.fearless.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.fearless.facts.Event;
import dev.fearless.facts.Guard;
import dev.fearless.facts.Loop;
import dev.fearless.facts.MethodFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lookups rules use instead of indexing a method's event, guard and loop lists. */
class MethodFactsAccessorsTest {

    private final MethodFacts m = Snippet.of("""
            class A {
                Object value;
                void m(boolean ready) {
                    if (value == null) {
                        if (ready) {
                            value = new Object();
                        }
                    }
                    while (ready) {
                        run();
                    }
                }
                void run() { }
            }
            """).method("m");

    private int indexOf(Event e) {
        return m.events().indexOf(e);
    }

    @Test
    void eventAtAndCallAt_lookUpByIndex_andAreNullOutOfRangeOrOfAnotherKind() {
        Event.FieldAccess write = Snippet.firstWrite(m, "value");
        assertSame(write, m.eventAt(indexOf(write)));
        assertNull(m.callAt(indexOf(write)));
        assertNull(m.eventAt(-1));
        assertNull(m.eventAt(m.events().size()));
        Event.Call run = (Event.Call) m.events().stream().filter(e -> e instanceof Event.Call).findFirst().orElseThrow();
        assertSame(run, m.callAt(indexOf(run)));
    }

    @Test
    void guardChain_isInnermostFirst_andLoopOfFindsTheEnclosingLoop() {
        Event.FieldAccess write = Snippet.firstWrite(m, "value");
        List<Guard> chain = m.guardChain(write);
        assertEquals(2, chain.size());
        assertSame(m.guardOf(write), chain.get(0));
        assertEquals(Guard.TestKind.IS_TRUE, chain.get(0).implied().get(0).kind());
        assertEquals(Guard.TestKind.IS_NULL, chain.get(1).implied().get(0).kind());
        assertNull(m.loopOf(write));

        Event run = m.events().stream().filter(e -> e instanceof Event.Call).findFirst().orElseThrow();
        Loop loop = m.loopOf(run);
        assertEquals(Loop.Kind.WHILE, loop.kind());
        List<Guard> loopGuards = m.guardChain(run);
        assertEquals(1, loopGuards.size(), "the loop condition holds in its body");
        assertEquals(Guard.TestKind.IS_TRUE, loopGuards.get(0).implied().get(0).kind());
    }
}
