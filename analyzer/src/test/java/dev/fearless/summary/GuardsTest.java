package dev.fearless.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Inference of the lock that guards a field from its uses ({@link Guards}). */
class GuardsTest {

    private final Analyzed a = Analyzed.of("""
            class Counter {
                private int n;
                public synchronized void inc() { n++; }
                public synchronized int get() { return n; }
                public void reset() { n = 0; }
            }
            """);

    @Test
    void lockHeldByMostUses_guardsTheField_andTheOthersAreUnguarded() {
        List<FieldUse> uses = a.uses("Counter", "n");
        Guards guards = Guards.infer(uses);
        assertTrue(guards.lock().isThisMonitor(), () -> String.valueOf(guards.lock()));
        assertEquals(1, guards.unguarded().size());
        assertEquals("reset", guards.unguarded().get(0).method().name());
        assertTrue(guards.guarded().stream().allMatch(u -> Guards.holds(u, guards.lock())));
    }

    @Test
    void monitorOfTheFieldsOwnReassignedValue_isNoGuard() {
        Analyzed b = Analyzed.of("""
                class Holder {
                    private Object elector;
                    public void init() { elector = new Object(); }
                    public void use() { synchronized (elector) { elector.hashCode(); } }
                }
                """);
        Guards guards = Guards.infer(b.uses("Holder", "elector"));
        assertNull(guards.lock(), () -> String.valueOf(guards.lock()));
    }

    @Test
    void lockHeldAtOnlySomeRunsOfAHelper_comesFromTheCaller_andGuardsNothing() {
        Analyzed b = Analyzed.of("""
                class Cache {
                    private Object view;
                    private Object view() { if (view == null) { view = new Object(); } return view; }
                    public Object plain() { return view(); }
                    public synchronized Object locked() { return view(); }
                }
                """);
        Guards guards = Guards.infer(b.uses("Cache", "view"));
        assertNull(guards.lock(), () -> String.valueOf(guards.lock()));
    }
}
