package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.List;

/**
 * State handed over through a {@code CountDownLatch} the object keeps: every change to a field is made
 * before a {@code countDown()} on the latch in the same method, and every other access after an
 * {@code await()} on it ({@code load() { config.put(...); loaded.countDown(); }} and
 * {@code get(k) { loaded.await(); return config.get(k); }}). The count reaching zero happens before
 * await returns, so each access after the await sees every change; they do not race.
 */
public final class LatchHandoffs {

    private static final String LATCH = "java.util.concurrent.CountDownLatch";

    private LatchHandoffs() {
    }

    /** Whether the field's uses outside construction are ordered by one latch of the object. */
    public static boolean ordered(Program program, Summaries summaries, List<FieldUse> uses) {
        String latch = null;
        boolean anyWrite = false;
        for (FieldUse u : uses) {
            MethodInfo m = u.originMethod();
            if (m.facts().isInitialization() || summaries.construction().only(m)) {
                continue;
            }
            String here = u.op().isWrite() ? latchCall(program, m, u.originEvent(), "countDown", true)
                    : latchCall(program, m, u.originEvent(), "await", false);
            if (here == null || latch != null && !latch.equals(here)) {
                return false;
            }
            latch = here;
            anyWrite |= u.op().isWrite();
        }
        return latch != null && anyWrite;
    }

    /**
     * The own latch field on which {@code m} calls {@code name} after its event {@code access}
     * ({@code after}) or before it, on every path to it (the call is not under a condition the access
     * is outside of); {@code null} when there is none.
     */
    private static String latchCall(Program program, MethodInfo m, int access, String name, boolean after) {
        List<Event> events = m.facts().events();
        if (access < 0) {
            return null;
        }
        for (int i = 0; i < events.size(); i++) {
            if (!(events.get(i) instanceof Event.Call c) || !c.name().equals(name) || !c.args().isEmpty()
                    || (after ? i <= access || !VariableUses.reachable(m, access, i) : i >= access)) {
                continue;
            }
            AccessPath p = c.receiver().pathOrNull();
            boolean dominates = VariableUses.guardWithin(m, c.guard(), events.get(access).guard());
            if (p != null && p.isOwnField() && dominates && VariableUses.inLoop(m, access, c.loop())
                    && LATCH.equals(program.staticType(m, c.receiver()).name())) {
                return p.lastField();
            }
        }
        return null;
    }
}
