package dev.fearless.rules.races;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Guard;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.MethodFacts;
import dev.fearless.facts.Position;
import dev.fearless.facts.TypeRef;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.rule.Family;
import dev.fearless.rule.FieldMatcher;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.summary.Conflicts;
import dev.fearless.summary.Describe;
import dev.fearless.summary.DoubleChecks;
import dev.fearless.summary.FieldUse;
import dev.fearless.summary.Guards;
import dev.fearless.summary.LazyInits;
import dev.fearless.summary.Lifecycle;
import dev.fearless.summary.RaceFields;
import dev.fearless.summary.Summaries;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A read without the lock that guards every write of the field (the synchronized setter with a plain
 * getter): the reader may see a stale value, a half-updated structure, or a torn long/double.
 */
@RuleMeta(family = Family.RACES, severity = Severity.WARNING,
        summary = "A field read without the lock that guards all its writes (synchronized setter, plain getter).",
        peers = {"infer:THREAD_SAFETY_VIOLATION", "spotbugs:UG_SYNC_SET_UNSYNC_GET", "spotbugs:IS2_INCONSISTENT_SYNC",
                "sonar:S2886", "intellij:FieldAccessedSynchronizedAndUnsynchronized"})
public final class UnguardedRead implements FieldMatcher {

    @Override
    public void matchField(RuleContext context, FieldInfo f, List<FieldUse> allUses) {
        Summaries summaries = context.summaries();
        if (!RaceFields.inScope(f) || summaries.evidence(f.owner()).notThreadSafe()) {
            return;
        }
        List<FieldUse> uses = RaceFields.relevantUses(context.program(), summaries, f, allUses);
        if (LazyInits.racyCache(context.program(), summaries, f, allUses)) {
            return;
        }
        List<FieldUse> writes = new ArrayList<>();
        for (FieldUse u : uses) {
            if (u.op().isWrite()) {
                writes.add(u);
            }
        }
        SortedSet<LockRef> common = commonLocks(f, writes);
        if (common.isEmpty()) {
            return;
        }
        LockRef guard = preferred(common);
        AccessPath path = f.facts().isStatic() ? AccessPath.root(AccessPath.Root.STATIC, f.owner().name()).plus(f.name())
                : AccessPath.THIS_PATH.plus(f.name());
        // One finding per method and kind of read, at the first such read: a helper reached from several
        // entries is reported once, as a warning when any entry's path makes it one.
        Map<String, Candidate> chosen = new LinkedHashMap<>();
        Set<String> flags = flagsSetAfter(context.program(), writes);
        Set<MethodInfo> initializers = LazyInits.lockedInitializers(context.program(), writes);
        // reads that only feed a log line last: another read in the same method is the one to report
        List<FieldUse> ordered = new ArrayList<>();
        List<FieldUse> logOnly = new ArrayList<>();
        for (FieldUse u : uses) {
            (loggedBy(context.program(), u, f) == null ? ordered : logOnly).add(u);
        }
        ordered.addAll(logOnly);
        for (FieldUse r : ordered) {
            context.checkBudget();
            String key = r.originMethod() + "|" + r.op();
            Candidate before = chosen.get(key);
            if (before != null && !before.note() || !RaceFields.reads(r.op()) || !r.reportable(summaries.entryMethods())
                    || common.stream().anyMatch(l -> Guards.holds(r, l)) || hasOpaque(r)
                    || DoubleChecks.doubleChecks(r.originMethod(), path)
                    || DoubleChecks.doubleChecksThroughCall(context.program(), r.originMethod(), path)
                    || RaceFields.forTesting(r)
                    || piggybacked(context.program(), r, flags)
                    || initializers != null
                    && LazyInits.initializedBefore(context.program(), r.originMethod(), r.origin(), initializers, path)) {
                continue;
            }
            // A write made while the program starts or stops its work (an init, a shutdown) meets the read
            // only then: a note, unless some other write races with it too.
            // A write only tests make (a hook nothing in the program calls) is no other side.
            // A setting's write (a setter the program calls only to set objects up) meets the read only when a
            // user reconfigures an object at work: a note, unless some other write races with it too.
            java.util.function.Predicate<FieldUse> runs = v -> !RaceFields.testHook(context.program(), v.method());
            java.util.function.Predicate<FieldUse> configures =
                    v -> summaries.settings().setterOf(context.program(), v, allUses) != null;
            FieldUse w = Conflicts.otherSide(context.program(), summaries, r, writes,
                    runs.and(v -> Lifecycle.stepOf(context.program(), v) == null).and(configures.negate()));
            MethodInfo phase = null;
            MethodInfo setter = null;
            if (w == null) {
                w = Conflicts.otherSide(context.program(), summaries, r, writes, runs.and(configures.negate()));
                phase = w == null ? null : Lifecycle.stepOf(context.program(), w);
            }
            if (w == null) {
                w = Conflicts.otherSide(context.program(), summaries, r, writes, runs);
                setter = w == null ? null : summaries.settings().setterOf(context.program(), w, allUses);
            }
            if (w == null) {
                continue;
            }
            String outside = Conflicts.outsideOnly(summaries, r, w);
            if (outside == null) {
                outside = Conflicts.calledUnderGuard(context.program(), summaries, r, common);
            }
            Event.Call logged = loggedBy(context.program(), r, f);
            boolean note = phase != null || setter != null || outside != null || logged != null
                    || untestedValue(context.program(), r, f) || untestedSize(context.program(), r, f);
            if (before == null || !note) {
                chosen.put(key, new Candidate(r, w, phase,
                        setter == null ? null : summaries.settings().clause(context.program(), f, setter, allUses), outside, logged, note));
            }
        }
        for (Candidate c : chosen.values()) {
            report(context, f, guard, writes, c, Conflicts.otherEntries(c.read(), uses,
                    v -> common.stream().noneMatch(l -> Guards.holds(v, l)), 3));
        }
    }

    /** A read to report, the write it races with, and what makes it a note rather than a warning. */
    private record Candidate(FieldUse read, FieldUse write, MethodInfo phase, String setting, String outside, Event.Call logged,
                             boolean note) {
    }

    private static void report(RuleContext context, FieldInfo f, LockRef guard, List<FieldUse> writes, Candidate c,
                               List<FieldUse> alsoFrom) {
        FieldUse r = c.read();
        FieldUse w = c.write();
        String deliberate = RaceFields.deliberate(f);
        RuleContext.FindingBuilder finding = context.report(r.originMethod(), r.origin(), Describe.access(r)
                + " is read without `" + Describe.lock(guard) + "`, which guards every write to `" + f.name()
                + "` (as in `" + w.method().display() + "`): " + hazard(context.program(), f, r)
                + Conflicts.reachedFrom(r) + "; " + Conflicts.proof(context.summaries(), r, w)
                + (c.phase() == null ? "" : "; every write it races with is made as `" + c.phase().display()
                        + "` starts or stops the object's work, so the read can see it only then")
                + (c.setting() == null ? "" : c.setting())
                + (c.outside() == null ? "" : c.outside())
                + (c.logged() == null ? "" : "; the value read only goes into a log message (`"
                        + Describe.value(r.originMethod(), c.logged().receiver()) + "." + c.logged().name()
                        + "`), which a stale value leaves a moment old")
                + (deliberate == null ? "" : deliberate));
        if (c.note() || deliberate != null) {
            finding.note();
        }
        if (!r.direct()) {
            finding.related(r.method(), r.site(), Describe.entry(r.method()) + " reaches the read from here, without `"
                    + Describe.lock(guard) + "`");
        }
        for (FieldUse v : alsoFrom) {
            finding.related(v.method(), v.site(), Describe.entry(v.method()) + " also reaches the read from here, without `"
                    + Describe.lock(guard) + "`");
        }
        finding.related(w.originMethod(), w.origin(), "`" + f.name() + "` is written under `"
                + Describe.lock(guard) + "` here, in " + Describe.side(w) + " (the other side"
                + alsoFrom(w, writes) + ")");
        int shown = 1;
        for (FieldUse g : writes) {
            if (shown++ == 3) {
                break;
            }
            if (g.originMethod() == w.originMethod() && g.origin().equals(w.origin())) {
                continue;
            }
            finding.related(g.originMethod(), g.origin(), "`" + f.name() + "` is written under `" + Describe.lock(guard) + "` here");
        }
        finding.add();
    }

    /**
     * The other entries whose runs make the very same write as {@code w} (a helper's write that both
     * {@code doStop} and {@code reload} reach), so the reader sees every way to it: "; also from `A.b`".
     */
    private static String alsoFrom(FieldUse w, List<FieldUse> writes) {
        Set<String> others = new LinkedHashSet<>();
        for (FieldUse g : writes) {
            if (g.originMethod() == w.originMethod() && g.origin().equals(w.origin())
                    && !g.method().display().equals(w.method().display())) {
                others.add("`" + g.method().display() + "`"); // overloads of the other side say nothing new
            }
        }
        if (others.isEmpty()) {
            return "";
        }
        List<String> shown = others.stream().limit(3).toList();
        return "; also reached from " + String.join(", ", shown) + (others.size() > shown.size() ? " and others" : "");
    }

    /**
     * Safe publication through a volatile flag: every write of the field is followed, in its method, by
     * a write of one volatile field, and the read comes after a read of that flag, in the method or in
     * one of the object's methods it calls first (the memoizing-supplier idiom:
     * {@code if (!initialized) { synchronized (lock) { value = ...; initialized = true; } } return value;}).
     * An atomic field is such a flag too: its {@code set}, {@code lazySet} and updates order what came
     * before them, and its {@code get} and updates see it ({@code error = t; done.set(true);} and
     * {@code while (!done.get()) done.wait(); return error;}); its plain and opaque accesses order nothing.
     */
    private static boolean piggybacked(Program program, FieldUse read, Set<String> flags) {
        return !flags.isEmpty() && readsFlag(program, read.originMethod(), read.origin(), flags, 2);
    }

    /**
     * Whether {@code m} reads one of the flags before {@code before} (anywhere, when it is null), itself
     * or in a method of the same object it calls there ({@code if (remainingCapacity() < 0) return;}).
     */
    private static boolean readsFlag(Program program, MethodInfo m, Position before,
                                     Set<String> flags, int depth) {
        List<Event> events = m.facts().events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (before != null && e.pos().compareTo(before) >= 0) {
                break;
            }
            if (e instanceof Event.FieldAccess fa && fa.kind() == Event.AccessKind.READ) {
                FieldInfo flag = program.field(m, fa.path());
                if (flag != null && flags.contains(flag.toString())) {
                    return true;
                }
            }
            FieldInfo atomic = atomicFlag(program, m, e, false);
            if (atomic != null && flags.contains(atomic.toString())) {
                return true;
            }
            if (depth > 0 && e instanceof Event.Call c && c.receiver().isSelf()) {
                for (MethodInfo t : program.callGraph().targets(m, i)) {
                    if (readsFlag(program, t, null, flags, depth - 1)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The own or static atomic field {@code e} calls, when the call orders memory as a volatile access does:
     * when {@code write}, one that sets it to a constant ({@code done.set(true)}, {@code lazySet}, a
     * compare-and-set or {@code getAndSet} to a literal: a flag, not a count that keeps changing); else one
     * that reads it ({@code get}, an update). Plain and opaque accesses ({@code setPlain},
     * {@code getOpaque}) order nothing: null ({@link NameGroup#ATOMIC_RELEASE}, {@link NameGroup#ATOMIC_ACQUIRE}).
     */
    private static FieldInfo atomicFlag(Program program, MethodInfo m, Event e, boolean write) {
        if (!(e instanceof Event.Call c)) {
            return null;
        }
        var kb = program.knowledge();
        boolean ok = write ? kb.inGroup(NameGroup.ATOMIC_RELEASE, c.name()) && !c.args().isEmpty()
                && c.args().get(c.args().size() - 1) instanceof Value.Literal
                : kb.inGroup(NameGroup.ATOMIC_ACQUIRE, c.name());
        if (!ok) {
            return null;
        }
        AccessPath p = c.receiver().pathOrNull();
        if (p == null || !p.isOwnField() && !p.isStaticField()) {
            return null;
        }
        String type = program.staticType(m, c.receiver()).name();
        return type != null && program.is(type, TypeTrait.ATOMIC) ? program.field(m, p) : null;
    }

    /** The volatile fields every write of the field is followed by, in its method (computed once per field). */
    private static Set<String> flagsSetAfter(Program program, List<FieldUse> writes) {
        Set<String> flags = null;
        for (FieldUse w : writes) {
            Set<String> after = new HashSet<>();
            List<Event> events = w.originMethod().facts().events();
            boolean seen = false;
            for (Event e : events) {
                seen |= e.pos().equals(w.origin());
                if (seen && e instanceof Event.FieldAccess fa && fa.kind().isWrite()
                        && (fa.path().isOwnField() || fa.path().isStaticField())) {
                    FieldInfo flag = program.field(w.originMethod(), fa.path());
                    if (flag != null && flag.facts().isVolatile()) {
                        after.add(flag.toString());
                    }
                }
                FieldInfo atomic = seen ? atomicFlag(program, w.originMethod(), e, true) : null;
                if (atomic != null) {
                    after.add(atomic.toString());
                }
            }
            if (flags == null) {
                flags = after;
            } else {
                flags.retainAll(after);
            }
        }
        return flags == null ? Set.of() : flags;
    }

    /** The locks held by every write that can guard the field ({@link Guards#candidate}); empty when none, or no writes. */
    private static SortedSet<LockRef> commonLocks(FieldInfo f, List<FieldUse> writes) {
        if (writes.isEmpty()) {
            return new TreeSet<>();
        }
        TreeSet<LockRef> common = null;
        for (FieldUse w : writes) {
            TreeSet<LockRef> locks = new TreeSet<>();
            for (LockRef l : w.held().locks()) {
                // a read lock guards no write: its holders run at once (ReadLockWrite reports such writes)
                if (Guards.candidate(f, l) && l.kind() != LockRef.Kind.READ) {
                    locks.add(l);
                    if (l.kind() == LockRef.Kind.WRITE) {
                        locks.add(LockRef.lock(LockRef.Kind.READ, l.path()));
                    }
                }
            }
            if (common == null) {
                common = locks;
            } else {
                common.retainAll(locks);
            }
        }
        return common == null ? new TreeSet<>() : common;
    }

    /**
     * Whether the read takes one immutable value (a flag, a count, a string, an immutable collection swapped
     * whole under the lock) that the reading method only uses, never tests (a getter that returns it, first
     * of all): the field is read once there,
     * no condition of the method tests it (or a local it was copied into), and the method writes no field.
     * A stale value then does what the same value did a moment earlier: an event sent to the subscribers of
     * a moment ago, a statistic a moment old. A read that decides something ({@code if (!closed)}, a size
     * checked before a take, a null check before a second read) stays a warning.
     */
    private static boolean untestedValue(Program program, FieldUse read, FieldInfo f) {
        if (read.op() != dev.fearless.summary.AccessOp.READ || !RaceFields.singleValue(program, f)) {
            return false;
        }
        var facts = read.originMethod().facts();
        Set<String> copies = new HashSet<>();
        int reads = 0;
        for (Event e : facts.events()) {
            if (e instanceof Event.FieldAccess fa && names(fa.path(), f)) {
                if (fa.kind().isWrite() || ++reads > 1) {
                    return false;
                }
            } else if (e instanceof Event.FieldAccess fa && fa.kind().isWrite()) {
                return false;
            } else if (e instanceof Event.LocalAssign la && la.value().pathOrNull() != null && names(la.value().pathOrNull(), f)) {
                copies.add(la.local());
            }
        }
        return reads == 1 && !decides(facts, f, copies, null);
    }

    /**
     * The logger call a read only gives a value to: the read is an argument of it, or part of one
     * ({@code log.warn("state " + state)}), and the field holds one immutable value (a count, a state, a
     * string), whose text a stale read leaves a moment old. The first call made after the read whose name
     * comes before it in the code is the innermost call the read is an argument of. A mutable object a
     * logger would print (a list whose {@code toString()} walks it) is no such value.
     */
    private static Event.Call loggedBy(Program program, FieldUse read, FieldInfo f) {
        if (read.op() != dev.fearless.summary.AccessOp.READ || !RaceFields.singleValue(program, f)) {
            return null;
        }
        MethodInfo m = read.originMethod();
        List<Event> events = m.facts().events();
        int at = read.originEvent();
        for (int j = at < 0 ? events.size() : at + 1; j < events.size(); j++) {
            if (events.get(j) instanceof Event.Call c && c.pos().compareTo(read.origin()) < 0) {
                String type = program.staticType(m, c.receiver()).name();
                return type != null && program.is(type, TypeTrait.LOGGER) ? c : null;
            }
        }
        return null;
    }

    /**
     * Whether the read only takes the size of the collection in the field ({@code size()},
     * {@code isEmpty()}) for the reading method to pass on, as {@link #untestedValue} takes one value: the
     * method reads the field once, asks it nothing else, tests neither the answer nor a copy of it, and
     * writes no field. The answer is then a count a moment old (a monitoring getter); a size that decides
     * a take or a loop stays a warning.
     */
    private static boolean untestedSize(Program program, FieldUse read, FieldInfo f) {
        if (read.op() != dev.fearless.summary.AccessOp.READ && read.op() != dev.fearless.summary.AccessOp.CALL_READ) {
            return false;
        }
        var facts = read.originMethod().facts();
        List<Event> events = facts.events();
        int reads = 0;
        Value answer = null;
        Set<String> copies = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e instanceof Event.FieldAccess fa && (fa.kind().isWrite() || names(fa.path(), f) && ++reads > 1)) {
                return false;
            }
            if (e instanceof Event.Call c && c.receiver().pathOrNull() != null && names(c.receiver().pathOrNull(), f)) {
                if (answer != null || !program.knowledge().inGroup(NameGroup.SIZE_CHECK, c.name())) {
                    return false;
                }
                answer = new Value.CallResult(i);
            } else if (e instanceof Event.LocalAssign la && (la.value().equals(answer)
                    || la.value().pathOrNull() != null && names(la.value().pathOrNull(), f))) {
                copies.add(la.local());
            }
        }
        return reads == 1 && answer != null && !decides(facts, f, copies, answer);
    }

    /**
     * Whether the method decides something on what it read: a condition tests the field, a local it was
     * copied into, or {@code answer} (a call's result on it), or a loop's condition reads the field. An
     * operand of a boolean expression ({@code return open && isReady()}) decides nothing: it is part of the value.
     */
    private static boolean decides(MethodFacts facts, FieldInfo f, Set<String> copies, Value answer) {
        for (Guard g : facts.guards()) {
            if (g.operand()) {
                continue;
            }
            for (Guard.Test t : g.implied()) {
                AccessPath subject = t.subject().pathOrNull();
                if (t.subject().equals(answer) || subject != null && (names(subject, f)
                        || subject.fields().isEmpty() && copies.contains(subject.rootName()))) {
                    return true;
                }
            }
        }
        return facts.loops().stream().anyMatch(l -> l.conditionReads().stream().anyMatch(p -> names(p, f)));
    }

    private static boolean names(AccessPath p, FieldInfo f) {
        return p.isField() && p.lastField().equals(f.name());
    }


    /** What an unguarded read of the field can see, said for its kind of value. */
    private static String hazard(Program program, FieldInfo f, FieldUse read) {
        if (read.op().throughContents()) {
            return "this read can see its contents half-changed by a concurrent write";
        }
        if (!f.facts().type().isPrimitive() && RaceFields.singleValue(program, f)) {
            return "this read can see a stale value";
        }
        TypeRef type = f.facts().type();
        if (type.isPrimitive()) {
            return "this read can see a stale value"
                    + (type.isWide() ? ", or a torn one (a long or double may be written in two halves)" : "");
        }
        return "this read can see a stale reference, or an object whose own fields it does not yet see written";
    }

    private static LockRef preferred(SortedSet<LockRef> common) {
        for (LockRef l : common) {
            if (l.kind() == LockRef.Kind.WRITE) {
                return l;
            }
        }
        return common.first();
    }

    private static boolean hasOpaque(FieldUse u) {
        return u.held().locks().stream().anyMatch(l -> !Guards.comparable(l));
    }
}
