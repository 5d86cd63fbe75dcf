package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Guard;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.Value;
import dev.fearless.program.CallSite;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Loops that wait, holding a lock, for state that only code holding that lock changes: a loop that
 * sleeps in a synchronized method until a quota another synchronized method refills is back. The code
 * that would end the loop cannot run until the loop ends, so it may never end.
 */
public final class LockedPolls {

    /** How many calls deep the code the loop runs itself is followed. */
    private static final int CALL_DEPTH = 4;

    private LockedPolls() {
    }

    /**
     * The field that the loop around event {@code event} of {@code m} waits on, and that code outside this
     * method and what it calls changes holding one of {@code locks}; {@code null} when the event is in no
     * loop or the loop waits on no such field. The loop waits on a field that its condition, or a condition
     * the event runs under, tests: the field itself, or a local the loop assigns from it
     * ({@code remaining = quotas.get(client)}), or from a call on the collection it holds.
     */
    public static FieldInfo polledUnder(Program program, Summaries summaries, MethodInfo m, int event, LockSet locks) {
        List<Event> events = m.facts().events();
        int loop = events.get(event).loop();
        if (loop < 0) {
            return null;
        }
        List<AccessPath> tested = new ArrayList<>(m.facts().loops().get(loop).conditionReads());
        List<Guard> guards = m.facts().guards();
        for (int g = events.get(event).guard(); g >= 0; g = guards.get(g).parent()) {
            for (Guard.Test t : guards.get(g).implied()) {
                AccessPath read = read(events, t.subject());
                if (read != null) {
                    tested.add(read);
                }
            }
        }
        Set<String> locals = new HashSet<>();
        List<AccessPath> fields = new ArrayList<>();
        for (AccessPath p : tested) {
            if (p.isOwnField() || p.isStaticField()) {
                fields.add(p);
            } else if (!p.isField()) {
                locals.add(p.rootName());
            }
        }
        for (Event e : events) {
            if (e instanceof Event.LocalAssign la && locals.contains(la.local()) && VariableUses.loopWithin(m, loop, e.loop())) {
                AccessPath from = read(events, la.value());
                if (from != null && (from.isOwnField() || from.isStaticField())) {
                    fields.add(from);
                }
            }
        }
        Set<MethodInfo> inside = null;
        for (AccessPath p : fields) {
            FieldInfo f = program.field(m, p);
            if (f == null) {
                continue;
            }
            if (inside == null) {
                inside = calledFrom(program, m);
            }
            if (changedElsewhereUnder(summaries, f, inside, locks)) {
                return f;
            }
        }
        return null;
    }

    /** The path a value reads: a variable or field itself, or the receiver of the call whose result it is. */
    private static AccessPath read(List<Event> events, Value v) {
        if (v instanceof Value.CallResult cr && cr.eventIndex() >= 0 && cr.eventIndex() < events.size()
                && events.get(cr.eventIndex()) instanceof Event.Call c) {
            return c.receiver().pathOrNull();
        }
        return v.pathOrNull();
    }

    /** {@code m} and the program methods it calls, a few calls deep: code that runs only inside the loop's own run. */
    private static Set<MethodInfo> calledFrom(Program program, MethodInfo m) {
        Set<MethodInfo> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.add(m);
        List<MethodInfo> level = List.of(m);
        for (int depth = 0; depth < CALL_DEPTH && !level.isEmpty(); depth++) {
            List<MethodInfo> next = new ArrayList<>();
            for (MethodInfo caller : level) {
                for (CallSite s : program.callGraph().callsFrom(caller)) {
                    if (seen.add(s.target())) {
                        next.add(s.target());
                    }
                }
            }
            level = next;
        }
        return seen;
    }

    private static boolean changedElsewhereUnder(Summaries summaries, FieldInfo f, Set<MethodInfo> inside, LockSet locks) {
        for (FieldUse u : summaries.uses(f)) {
            if (u.op().isWrite() && !inside.contains(u.originMethod())) {
                for (LockRef l : locks.locks()) {
                    if (Guards.holds(u, l)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
