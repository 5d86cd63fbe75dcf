package dev.fearless.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.facts.Event;
import dev.fearless.program.MethodInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class VariableUsesTest {

    private final Analyzed a = Analyzed.of("""
            import java.util.*;
            class Uses {
                void m(boolean flag) {
                    List<String> list = new ArrayList<>();
                    list.add("a");
                    int n = list.size();
                    if (flag) {
                        left();
                    } else {
                        right();
                    }
                }
                void left() { }
                void right() { }
            }
            """);

    @Test
    void usesOfLocal_markWhichMutate() {
        MethodInfo m = a.method("Uses", "m");
        List<VariableUses.Use> uses = VariableUses.of(a.program(), m, "list");
        assertEquals(List.of(true, false), uses.stream().map(VariableUses.Use::mutates).toList());
        assertEquals(Analyzed.call(m, "add"), uses.get(0).index());
        assertTrue(VariableUses.touchesState(a.program(), uses.get(0), "list"));
    }

    @Test
    void thenAndElseBranches_areExclusive_andLaterEventsReachable() {
        MethodInfo m = a.method("Uses", "m");
        Event left = m.facts().eventAt(Analyzed.call(m, "left"));
        Event right = m.facts().eventAt(Analyzed.call(m, "right"));
        assertTrue(VariableUses.exclusive(m, left, right));
        assertFalse(VariableUses.reachable(m, Analyzed.call(m, "left"), Analyzed.call(m, "right")));
        assertTrue(VariableUses.reachable(m, Analyzed.call(m, "add"), Analyzed.call(m, "right")));
    }
}
