package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Guard;
import dev.fearless.facts.Loop;
import dev.fearless.facts.Value;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * State handed over through a {@code CountDownLatch} the object keeps: every change to a field is made
 * before a {@code countDown()} on the latch in the same method, and every other access after an
 * {@code await()} on it ({@code load() { config.put(...); loaded.countDown(); }} and
 * {@code get(k) { loaded.await(); return config.get(k); }}). The count reaching zero happens before
 * await returns, so each access after the await sees every change; they do not race. The same holds
 * for a local (or parameter) latch that tasks capture, for the count down made by a helper of the same
 * object, and for a barrier ({@code CyclicBarrier.await()}, {@code Phaser.arriveAndAwaitAdvance()}),
 * whose await each party makes after its changes and before its reads; and for a one-way volatile flag
 * raised after the changes ({@code caughtUp = true}) that the reads wait to see raised, in a loop with no
 * other way out ({@code while (!caughtUp) Thread.onSpinWait();}). The latch orders changes before
 * reads, not changes among themselves: a field it hands over is ordered only when its writers never meet.
 */
public final class LatchHandoffs {

    private static final String LATCH = "java.util.concurrent.CountDownLatch";
    private static final String BARRIER = "java.util.concurrent.CyclicBarrier";
    private static final String PHASER = "java.util.concurrent.Phaser";

    private LatchHandoffs() {
    }

    /** Whether the field's uses outside construction are ordered by one latch (or barrier) of the object. */
    public static boolean ordered(Program program, Summaries summaries, List<FieldUse> uses) {
        String latch = null;
        List<FieldUse> writes = new ArrayList<>();
        for (FieldUse u : uses) {
            MethodInfo m = u.originMethod();
            if (m.facts().isInitialization() || summaries.construction().only(m)) {
                continue;
            }
            String here = latchCall(program, summaries, m, u.originEvent(), u.op().isWrite());
            if (here == null || latch != null && !latch.equals(here)) {
                return false;
            }
            latch = here;
            if (u.op().isWrite()) {
                writes.add(u);
            }
        }
        return latch != null && !writes.isEmpty() && !writersMeet(program, summaries, writes);
    }

    /**
     * The race check's pairwise question, with the latch each place signals or waits on worked out once
     * (the check asks it of many pairs).
     */
    static final class Pairs {

        /** A use's place, and whether it is a change (it signals after) or a read (it waits before). */
        private record Site(MethodInfo method, int event, boolean change) {
        }

        private final Map<Site, Optional<String>> latches = new ConcurrentHashMap<>();

        /**
         * Whether one of the two uses is a change that signals a latch (or barrier) after it and the other a
         * read that waits on the same one before it: the change happens before the read.
         */
        boolean ordered(Program program, Summaries summaries, FieldUse u, FieldUse v) {
            return signalsBefore(program, summaries, u, v) || signalsBefore(program, summaries, v, u);
        }

        private boolean signalsBefore(Program program, Summaries summaries, FieldUse change, FieldUse read) {
            if (!change.op().isWrite() || read.op().isWrite()) {
                return false;
            }
            Optional<String> latch = latch(program, summaries, change, true);
            return latch.isPresent() && latch.equals(latch(program, summaries, read, false));
        }

        private Optional<String> latch(Program program, Summaries summaries, FieldUse u, boolean change) {
            return latches.computeIfAbsent(new Site(u.originMethod(), u.originEvent(), change),
                    s -> Optional.ofNullable(latchCall(program, summaries, s.method(), s.event(), s.change())));
        }
    }

    /**
     * Whether two of the changes (or one, made by two threads at once) can meet: the latch orders each
     * change before the reads after it opens, not the changes among themselves ({@code rowsImported++}
     * in every task a loop hands to a pool, each counting down after).
     */
    private static boolean writersMeet(Program program, Summaries summaries, List<FieldUse> writes) {
        for (int i = 0; i < writes.size(); i++) {
            for (int j = i; j < writes.size(); j++) {
                if (Conflicts.race(program, summaries, writes.get(i), writes.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The latch (or barrier) on which {@code m} signals after its event {@code access} (for a change: a
     * latch's {@code countDown()}, a barrier's {@code await()}) or waits before it (for a read: either's
     * {@code await()}), on every path to it (the call is not under a condition the access is outside of);
     * {@code null} when there is none.
     */
    private static String latchCall(Program program, Summaries summaries, MethodInfo m, int access, boolean change) {
        List<Event> events = m.facts().events();
        if (access < 0) {
            return null;
        }
        String flag = change ? flagRaisedAfter(program, summaries, m, access) : flagAwaitedBefore(program, summaries, m, access);
        if (flag != null) {
            return flag;
        }
        for (int i = 0; i < events.size(); i++) {
            if (!(events.get(i) instanceof Event.Call c)
                    || (change ? i <= access || !VariableUses.reachable(m, access, i) : i >= access)) {
                continue;
            }
            boolean dominates = VariableUses.guardWithin(m, c.guard(), events.get(access).guard());
            if (!dominates || !VariableUses.inLoop(m, access, c.loop())) {
                continue;
            }
            String latch = signal(program, m, c, change);
            if (latch == null) {
                latch = ownHelperCall(program, m, i, change);
            }
            if (latch != null) {
                return latch;
            }
        }
        return null;
    }

    /**
     * A one-way flag raised after the change, on every path to it: a write of {@code true} to a volatile
     * boolean field of the object that nothing ever sets back ({@code caughtUp = true} after a replay). The
     * volatile write orders the change before every read that sees the flag raised.
     */
    private static String flagRaisedAfter(Program program, Summaries summaries, MethodInfo m, int access) {
        List<Event> events = m.facts().events();
        for (int i = access + 1; i < events.size(); i++) {
            if (events.get(i) instanceof Event.FieldAccess w && w.kind() == Event.AccessKind.WRITE
                    && w.value() instanceof Value.Literal lit && lit.text().equals("true")
                    && VariableUses.reachable(m, access, i) && VariableUses.guardWithin(m, w.guard(), events.get(access).guard())
                    && VariableUses.inLoop(m, access, w.loop())) {
                String flag = oneWayFlag(program, summaries, m, w.path());
                if (flag != null) {
                    return flag;
                }
            }
        }
        return null;
    }

    /**
     * A one-way flag the method sees raised before the read, on every path to it: a test the read is made
     * under or after an early exit of ({@code if (!caughtUp) return null;}), or a loop that goes round while
     * the flag is down and has no other way out ({@code while (!caughtUp) Thread.onSpinWait();}), ended before
     * the read. Seeing the volatile flag raised orders every change made before it was raised.
     */
    private static String flagAwaitedBefore(Program program, Summaries summaries, MethodInfo m, int access) {
        List<Event> events = m.facts().events();
        List<Guard> guards = m.facts().guards();
        for (int g = events.get(access).guard(); g >= 0; g = guards.get(g).parent()) {
            for (Guard.Test t : guards.get(g).implied()) {
                String flag = t.kind() == Guard.TestKind.IS_TRUE ? oneWayFlag(program, summaries, m, t.subject().pathOrNull()) : null;
                if (flag != null) {
                    return flag; // read only once the flag was seen raised
                }
            }
        }
        List<Loop> loops = m.facts().loops();
        for (int l = 0; l < loops.size(); l++) {
            Loop loop = loops.get(l);
            if (!loop.exits().isEmpty() || loop.kind() == Loop.Kind.FOR_EACH || loop.conditionReads().size() != 1
                    || VariableUses.inLoop(m, access, l)) {
                continue;
            }
            AccessPath path = loop.conditionReads().get(0);
            String flag = oneWayFlag(program, summaries, m, path);
            if (flag == null || !waitsWhileDown(m, l, path)) {
                continue;
            }
            for (int i = 0; i < access; i++) {
                if (events.get(i) instanceof Event.FieldAccess r && r.loop() == l && path.equals(r.path())
                        && VariableUses.guardWithin(m, r.guard(), events.get(access).guard())) {
                    return flag;
                }
            }
        }
        return null;
    }

    /** Whether the body of loop {@code l} runs under a test that {@code path} is false: the loop goes round while it is. */
    private static boolean waitsWhileDown(MethodInfo m, int l, AccessPath path) {
        List<Guard> guards = m.facts().guards();
        for (Event e : m.facts().events()) {
            if (e.loop() == l && e.guard() >= 0) {
                for (Guard.Test t : guards.get(e.guard()).implied()) {
                    if (t.kind() == Guard.TestKind.IS_FALSE && path.equals(t.subject().pathOrNull())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The name of the flag {@code path} names in {@code m}, when it is a volatile boolean field of the object
     * that, once it is built, is only ever set to {@code true}; {@code null} otherwise.
     */
    private static String oneWayFlag(Program program, Summaries summaries, MethodInfo m, AccessPath path) {
        if (path == null || !path.isOwnField()) {
            return null;
        }
        FieldInfo f = program.field(m, path);
        if (f == null || !f.facts().isVolatile() || !"boolean".equals(f.facts().type().name())
                || f.facts().type().arrayDimensions() != 0) {
            return null;
        }
        for (FieldUse u : summaries.uses(f)) {
            if (u.op().isWrite() && !u.originMethod().facts().isInitialization()
                    && !(u.originMethod().facts().eventAt(u.originEvent()) instanceof Event.FieldAccess w
                    && w.kind() == Event.AccessKind.WRITE && w.value() instanceof Value.Literal lit
                    && lit.text().equals("true"))) {
                return null;
            }
        }
        return "flag " + f.name();
    }

    /**
     * The latch or barrier {@code c} signals on (a change's side) or waits on (a read's side), named the
     * same in every method that can reach it: an own field by its name, a local by its name and the
     * method that declares it (a lambda's captured local is its enclosing method's); {@code null} when
     * {@code c} is no such call.
     */
    private static String signal(Program program, MethodInfo m, Event.Call c, boolean change) {
        if (!c.args().isEmpty()) {
            return null;
        }
        String type = program.staticType(m, c.receiver()).name();
        boolean latch = LATCH.equals(type) && c.name().equals(change ? "countDown" : "await");
        boolean barrier = BARRIER.equals(type) && c.name().equals("await")
                || PHASER.equals(type) && c.name().equals("arriveAndAwaitAdvance");
        AccessPath p = c.receiver().pathOrNull();
        if (!latch && !barrier || p == null) {
            return null;
        }
        if (p.isOwnField()) {
            return p.lastField();
        }
        if (p.isField() || p.root() != AccessPath.Root.LOCAL && p.root() != AccessPath.Root.PARAM) {
            return null;
        }
        MethodInfo declaring = m;
        while (declaring.closureParent() != null && declaring.facts().captures().contains(p.rootName())) {
            declaring = declaring.closureParent();
        }
        return p.rootName() + "@" + declaring;
    }

    /**
     * The latch or barrier the program method called at event {@code i} of {@code m}, on the same object
     * ({@code partitionFinished(idx)}), signals or waits on, as {@link #signal} says, on every path through
     * it; {@code null} when there is none or the call may run another method.
     */
    private static String ownHelperCall(Program program, MethodInfo m, int i, boolean change) {
        Event.Call call = m.facts().callAt(i);
        if (!(call.receiver() instanceof Value.Implicit || call.receiver().pathOrNull() != null
                && call.receiver().pathOrNull().isThis())) {
            return null;
        }
        List<MethodInfo> targets = program.callGraph().preciseTargets(m, i);
        if (targets.size() != 1) {
            return null;
        }
        MethodInfo helper = targets.get(0);
        List<Event> events = helper.facts().events();
        for (int j = 0; j < events.size(); j++) {
            if (events.get(j) instanceof Event.Return) {
                return null; // an earlier way out may skip it
            }
            if (events.get(j) instanceof Event.Call c && c.guard() < 0 && c.loop() < 0 && !helper.facts().inTry(j)) {
                String latch = signal(program, helper, c, change);
                if (latch != null && !latch.contains("@")) {
                    return latch;
                }
            }
        }
        return null;
    }
}
