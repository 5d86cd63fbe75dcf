package dev.fearless.rules.atomicity;

import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.facts.AccessPath;
import dev.fearless.facts.CatchClause;
import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.Position;
import dev.fearless.facts.Guard;
import dev.fearless.facts.TypeRef;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.rule.EventKind;
import dev.fearless.rule.EventMatcher;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.summary.Conflicts;
import dev.fearless.summary.LockedPaths;
import dev.fearless.summary.FieldUse;
import dev.fearless.summary.Describe;
import dev.fearless.summary.Immutables;
import dev.fearless.summary.Nature;
import dev.fearless.summary.OneWinnerGates;
import dev.fearless.summary.RaceFields;
import dev.fearless.summary.Summaries;
import dev.fearless.summary.VariableUses;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Two thread-safe steps that are not atomic together: on a concurrent or synchronized collection, or an
 * atomic, a check ({@code containsKey}, {@code get}) and then an act ({@code put}, {@code set}) on the same
 * key. Another thread can act in between; the single atomic operation exists. It needs a concrete
 * other side ({@link Conflicts}) on another logical thread that an entry of the program reaches, named
 * in the message; an act no known thread runs is not reported. Across two atomics or volatile fields it
 * finds a value checked against one and stored in the other ({@link AtomicPairs}), and a pair written
 * one half after the other and read as a pair ({@link TornPairs}); on a lifecycle flag, an add made once
 * the flag was seen unset while closing sets it and drains the container ({@link ClosedThenAdded}); on a
 * volatile reference, a use that reads it again after testing it non-null while a closer clears it
 * ({@link NullThenReread}).
 */
@RuleMeta(family = Family.ATOMICITY, severity = Severity.WARNING,
        summary = "A check-then-act (containsKey then put, get then set) on a concurrent collection or atomic, an add after a closed-flag check that close() drains, or a volatile reference tested non-null and read again while another thread clears it.",
        peers = {"spotbugs:AT_OPERATION_SEQUENCE_ON_CONCURRENT_ABSTRACTION"})
public final class CheckThenAct implements EventMatcher {

    /** The kind {@link #sharedKind} gives an atomic (a word of the message): its check-then-act has no key. */
    private static final String ATOMIC = "atomic";

    @Override
    public Set<EventKind> eventKinds() {
        return Set.of(EventKind.CALL, EventKind.FIELD_ACCESS);
    }

    @Override
    public void matchEvent(MethodScope scope, int index, Event event) {
        RuleContext context = scope.context();
        Program program = scope.program();
        KnowledgeBase knowledge = scope.knowledge();
        TornPairs.report(scope, index, event);
        if (event instanceof Event.Call call) {
            ClosedThenAdded.report(scope, index, call);
            NullThenReread.report(scope, index, call);
        }
        if (event instanceof Event.FieldAccess write) {
            AtomicPairs.reportVolatile(scope, index, write);
            FlagThenStart.report(scope, index, write);
            return;
        }
        if (event instanceof Event.Call step && knowledge.inGroup(NameGroup.ATOMIC_STEP, step.name())
                && step.receiver().pathOrNull() != null
                && ATOMIC.equals(sharedKind(context, scope.method(), step.receiver(), step.receiver().pathOrNull()))) {
            BoundedStep.report(scope, index, step, ATOMIC);
        }
        if (!(event instanceof Event.Call act) || !knowledge.inGroup(NameGroup.ACT, act.name())
                && !(knowledge.inGroup(NameGroup.INDEX_ACT, act.name()) && !act.args().isEmpty())) {
            return;
        }
        MethodInfo m = scope.method();
        AccessPath target = act.receiver().pathOrNull();
        if (target == null || !target.isField() || RaceFields.forTesting(m) || RaceFields.callerConfined(m)) {
            return;
        }
        LockSet held = scope.summaries().heldAt(m, act.held());
        String kind = sharedKind(context, m, act.receiver(), target);
        if (kind == null) {
            return;
        }
        if (!held.isEmpty()) {
            wrongLock(scope, index, act, target, kind, held);
            return;
        }
        boolean atomic = kind.equals(ATOMIC);
        Value key = atomic || act.args().isEmpty() ? null : act.args().get(0);
        FieldInfo field = program.field(m, target);
        Integer check = knowledge.inGroup(NameGroup.ACT, act.name())
                ? checkBefore(knowledge, m, index, act, target, key, atomic) : null;
        String type = program.staticType(m, act.receiver()).name();
        boolean byIndex = check == null && !atomic && knowledge.inGroup(NameGroup.INDEX_ACT, act.name())
                && type != null && program.is(type, TypeTrait.COLLECTION) && !program.is(type, TypeTrait.MAP);
        if (byIndex) {
            // A position taken from the size is stale only if another thread can remove elements.
            check = field == null ? null : sizeCheckBefore(knowledge, m, index, act, target);
            boolean shrinks = check != null
                    && CollectionChanges.calledAfterConstruction(program, field, NameGroup.COLLECTION_SHRINK);
            check = shrinks && !readCopingWithGonePosition(program, m, index, act) ? check : null;
        }
        if (check == null) {
            if (!atomic && TakeAfterCheck.report(scope, index, act, target, kind)) {
                return;
            }
            if (atomic && target.isOwnField()) {
                AtomicPairs.report(scope, act, target);
            }
            return;
        }
        Summaries summaries = scope.summaries();
        if (atomic && (field != null && sameConstantEverywhere(program, field) || skipsOnlyARedundantSet(program, m, check, act))) {
            return;
        }
        // An element added where the check found it missing: a set keeps one copy whatever happens in between
        // (the pair does what the add alone does); a list ends up with two only when another add of the same
        // element comes in between (a remove there is the order remove, then add). Added to a set where it
        // was found present, it changes the set only when a remove comes in between, and puts it back.
        boolean element = !atomic && act.args().size() == 1 && type != null && program.is(type, TypeTrait.COLLECTION)
                && !program.is(type, TypeTrait.MAP);
        boolean addWhenMissing = element && foundMissing(m, check, act);
        boolean set = element && program.is(type, TypeTrait.SET);
        // Added to a set where it was found missing: the set keeps one copy whatever comes in between, but
        // work the check lets through before the add (running a migration, sending a welcome mail) runs
        // once for each thread that passed the check.
        int gated = addWhenMissing && set ? workBefore(program, m, check, index, act) : -1;
        if (addWhenMissing && set && gated < 0) {
            return;
        }
        boolean readdWhenPresent = set && foundPresent(m, check, act);
        NameGroup otherOps = addWhenMissing ? NameGroup.COLLECTION_INSERT : readdWhenPresent ? NameGroup.COLLECTION_SHRINK : null;
        // A key that is the calling thread itself (a map of each thread's own channel): another thread's
        // change of the map under its own key never touches this one; only a change under another key (a
        // clear, a remove of a given thread's entry) can come in between.
        boolean ownThreadsKey = key != null && currentThread(program, m, key);
        // Past a one-winner gate the method's own updates never meet: only another method's can come in between.
        boolean pastGate = atomic && OneWinnerGates.passed(program, m, index);
        Conflicts.Race race = field == null ? null : Conflicts.at(program, summaries, field, m, act.pos(), u -> true,
                v -> (otherOps == null || v.call() != null && knowledge.inGroup(otherOps, v.call()))
                        && !(ownThreadsKey && keyedByCurrentThread(program, v))
                        && !(pastGate && v.method() == m));
        if (race == Conflicts.Race.NONE || race == null && ownThreadsKey) {
            return; // no use records it: two threads running this code each run it under a key of their own
        }
        // No field use records it (another object's field, an atomic's call): the threads that run the
        // method must be able to run it twice at once; unknown is silent.
        String proof = race != null ? Conflicts.proof(summaries, race.use(), race.other())
                : pastGate ? null : Conflicts.selfRace(program, summaries, m, act.pos(), target);
        if (proof == null) {
            return;
        }
        boolean selfRace = race == null || race.other() == race.use();
        String outsideOnly = selfRace ? LockedPaths.onlyOutsideCallersMeet(program, summaries, m) : null;
        if (outsideOnly != null) {
            proof += outsideOnly;
        }
        if (!atomic && !byIndex && gated < 0 && act.args().size() >= 2 && foundMissing(m, check, act)
                && OneWinnerGates.constant(program, m, act.args().get(act.args().size() - 1)) != null
                && onlyReturnsAfter(m, index)) {
            return; // every thread that finds the key missing puts the same constant (a null marker) and is done
        }
        Event.Call checkCall = m.facts().callAt(check);
        String fix = atomic ? "compareAndSet, updateAndGet or incrementAndGet" : "putIfAbsent, computeIfAbsent or merge";
        boolean fill = !atomic && !byIndex && fillsMissingKey(program, m, check, index, act);
        boolean cacheFill = !fill && !atomic && !byIndex && field != null && fillsKeptCache(program, m, check, act, index, field);
        String consequence = byIndex
                ? "another thread can remove elements in between, and the position is out of range (or names another "
                + "element); hold the collection's lock around both (`synchronized (" + target.display() + ") {...}`)"
                : readdWhenPresent ? "another thread can remove the element in between, and the add puts it back; "
                + "use the result of one call (`if (set.remove(x))`...) or hold a lock around both"
                : gated >= 0 ? "two threads can both find it missing and both run `" + m.facts().callAt(gated).name()
                + "` at line " + m.facts().eventAt(gated).pos().line() + " before either adds it; add first and do the "
                + "work only where the add returned true (`if (set.add(x))`), or hold a lock around both"
                : addWhenMissing ? "another thread can add the same element in between, and the list then holds it "
                + "twice; use addIfAbsent (a CopyOnWriteArrayList) or a set"
                : fill ? "another thread can fill the same key in between, and the later put replaces its value; "
                + "the value is immutable (or all its state is final), so either copy serves, but it is built twice; "
                + "use computeIfAbsent to build it once"
                : cacheFill ? "another thread can fill the same key in between, and the later put replaces its value; "
                + (CollectionChanges.calledAfterConstruction(program, field, NameGroup.COLLECTION_SHRINK)
                        ? "keys of `" + field.name() + "` are removed only to keep it small"
                        : "nothing in the program removes keys from `" + field.name() + "`")
                + " and this method does not change the "
                + "value after the put, so each thread goes on with a value built for that key, but it is built twice; "
                + "use computeIfAbsent to build it once"
                : "another thread can change it in between and its update is lost; use " + fix;
        RuleContext.FindingBuilder finding = context.report(m, act.pos(), "check-then-act on " + kind + " `"
                + target.display() + "`: `" + checkCall.name() + "` and then `" + act.name() + "` are each atomic, "
                + "but not together; " + consequence + "; " + proof)
                .related(m, checkCall.pos(), byIndex ? "the size is taken here" : "the check is here");
        if (race != null && race.other() != race.use()) {
            finding.related(race.other().originMethod(), race.other().origin(), "`" + field.name()
                    + "` is changed here, in " + Describe.side(race.other()) + " (the other side)");
        }
        if (fill || cacheFill || outsideOnly != null) {
            finding.note();
        }
        finding.add();
    }

    /**
     * Whether the act fills a key the check found missing (a {@code get} seen null, a {@code containsKey}
     * seen false) with a value two threads may build at once unnoticed ({@link Immutables#builtTwiceUnnoticed}):
     * the memo {@code v = map.get(k); if (v == null) { v = build(k); map.put(k, v); }}. Its race only builds
     * the value twice; a value read from the map and then changed (a counter) or a mutable one (a list that
     * callers add to, a lock) loses an update or splits the threads.
     */
    private static boolean fillsMissingKey(Program program, MethodInfo m, int check, int actIndex, Event.Call act) {
        if (act.args().size() < 2 || !foundMissing(m, check, act) && !foundRejected(m, check, actIndex, act)) {
            return false;
        }
        Value checked = new Value.CallResult(check);
        Value v = act.args().get(act.args().size() - 1);
        AccessPath p = v.pathOrNull();
        if (p == null || p.isField() || p.root() != AccessPath.Root.LOCAL) {
            return Immutables.builtTwiceUnnoticed(program, m, v);
        }
        boolean built = false;
        for (Event e : m.facts().events()) {
            if (e instanceof Event.LocalAssign la && la.local().equals(p.rootName()) && !checked.equals(la.value())) {
                if (!Immutables.builtTwiceUnnoticed(program, m, la.value())) {
                    return false;
                }
                built = true;
            }
        }
        return built;
    }

    /**
     * Whether the act fills a key the check found missing in a cache the program only ever fills: no code of
     * the field's class removes or clears its entries after construction but the filling method itself (an
     * eviction that bounds the cache's size drops values that are still good, so a put that undoes it keeps
     * a good one), and the filling method does not use the value after the put but to return it or to call
     * what leaves it as it was (no call that changes it, no call with it, no lock on it, no write through it
     * or of it: its identity must not matter). Two threads that miss at once each build a value for the key
     * and go on with their own; the later put replaces the earlier with one built the same way, and no
     * removal that drops a stale value can be undone (a value read back after the key was dropped), so the
     * race only builds it twice.
     */
    /** Whether the method does nothing after event {@code index} but return: no work follows the put. */
    private static boolean onlyReturnsAfter(MethodInfo m, int index) {
        List<Event> events = m.facts().events();
        for (int i = index + 1; i < events.size(); i++) {
            if (!(events.get(i) instanceof Event.Return) && VariableUses.reachable(m, index, i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean fillsKeptCache(Program program, MethodInfo m, int check, Event.Call act, int index,
                                          FieldInfo field) {
        if (act.args().size() < 2 || !foundMissing(m, check, act)
                || CollectionChanges.calledAfterConstruction(program, field, NameGroup.COLLECTION_SHRINK, m, true)) {
            return false;
        }
        AccessPath value = act.args().get(act.args().size() - 1).pathOrNull();
        if (value == null || value.isField() || value.root() != AccessPath.Root.LOCAL) {
            return false;
        }
        Value local = new Value.PathValue(value);
        List<Event> events = m.facts().events();
        for (int i = index + 1; i < events.size(); i++) {
            Event e = events.get(i);
            if (uses(e).contains(local) && !(e instanceof Event.Call c && leavesReceiver(program, m, i, c, local))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the call at {@code i} uses {@code value} only as its receiver and leaves it as it was: a call
     * of the program that writes none of the object's state, or a library call that makes a new object
     * (knowledge {@code fresh-result}: {@code constructor.newInstance(...)}) or is made on an immutable one.
     * An unknown library call may change its receiver (a counter's increment), so it does not count.
     */
    private static boolean leavesReceiver(Program program, MethodInfo m, int i, Event.Call c, Value value) {
        if (!value.equals(c.receiver()) || Event.handedOn(c).contains(value)) {
            return false;
        }
        if (!program.callGraph().targets(m, i).isEmpty()) {
            return !dev.fearless.summary.Mutations.mutatesReceiver(program, m, i, c);
        }
        var type = program.staticType(m, c.receiver());
        return program.traits(m, c).contains(MethodTrait.FRESH_RESULT)
                || type.isKnown() && program.is(type.name(), TypeTrait.IMMUTABLE);
    }

    /**
     * The values an event uses but to return them: those it hands on, a call's receiver, a lock taken, the
     * object whose field it accesses.
     */
    private static List<Value> uses(Event e) {
        if (e instanceof Event.Return) {
            return List.of();
        }
        List<Value> all = new java.util.ArrayList<>(Event.handedOn(e));
        if (e instanceof Event.Call c) {
            all.add(c.receiver());
        } else if (e instanceof Event.Acquire a) {
            all.add(a.lockExpression());
        } else if (e instanceof Event.FieldAccess fa) {
            all.add(new Value.PathValue(fa.path().prefix()));
        }
        return all;
    }

    /** Whether the act runs only where the check's result (or a local holding it) was seen null or false. */
    private static boolean foundMissing(MethodInfo m, int check, Event.Call act) {
        Value checked = new Value.CallResult(check);
        for (Guard g : m.facts().guardChain(act)) {
            for (Guard.Test t : g.implied()) {
                boolean missing = t.kind() == Guard.TestKind.IS_NULL || t.kind() == Guard.TestKind.IS_FALSE;
                if (missing && (checked.equals(t.subject()) || holds(m, t.subject(), checked))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The first call between the check and the act, under the act's conditions, that runs program code
     * which changes state (a method of the program that writes a field or calls out), before the element is
     * added: the work the check lets through; -1 when there is none.
     */
    private static int workBefore(Program program, MethodInfo m, int check, int actIndex, Event.Call act) {
        List<Event> events = m.facts().events();
        List<Guard> around = m.facts().guardChain(act);
        for (int i = check + 1; i < actIndex; i++) {
            if (!(events.get(i) instanceof Event.Call c) || !around.containsAll(m.facts().guardChain(c))) {
                continue;
            }
            List<MethodInfo> targets = program.callGraph().targets(m, i);
            if (!targets.isEmpty() && targets.stream().allMatch(t -> !t.facts().isAbstract() && changesState(program, t))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the method writes a field, or changes a collection a field holds, in its own body. */
    private static boolean changesState(Program program, MethodInfo t) {
        for (Event e : t.facts().events()) {
            if (e instanceof Event.FieldAccess fa && fa.kind().isWrite()
                    || e instanceof Event.Call c && c.receiver().pathOrNull() != null && c.receiver().pathOrNull().isField()
                    && (program.knowledge().inGroup(NameGroup.COLLECTION_WRITE, c.name())
                    || program.knowledge().inGroup(NameGroup.COLLECTION_INSERT, c.name()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the act runs only where the check's result (or a local holding it) was seen true. */
    private static boolean foundPresent(MethodInfo m, int check, Event.Call act) {
        Value checked = new Value.CallResult(check);
        for (Guard g : m.facts().guardChain(act)) {
            for (Guard.Test t : g.implied()) {
                if (t.kind() == Guard.TestKind.IS_TRUE && (checked.equals(t.subject()) || holds(m, t.subject(), checked))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code subject} is a local assigned {@code value}. */
    private static boolean holds(MethodInfo m, Value subject, Value value) {
        AccessPath p = subject.pathOrNull();
        if (p == null || p.isField() || p.root() != AccessPath.Root.LOCAL) {
            return false;
        }
        for (Event e : m.facts().events()) {
            if (e instanceof Event.LocalAssign la && la.local().equals(p.rootName()) && value.equals(la.value())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A check-then-act on a synchronized collection made under a lock that is not the collection's own
     * (JCIP 4.14, {@code synchronized putIfAbsent} over a public {@code synchronizedList}): code outside the
     * class changes the collection through its own methods, which take only the collection's monitor, so
     * the lock held here does not keep it from changing between the check and the act.
     */
    private static void wrongLock(MethodScope scope, int index, Event.Call act, AccessPath target, String kind,
                                  LockSet held) {
        Program program = scope.program();
        MethodInfo m = scope.method();
        FieldInfo field = program.field(m, target);
        String type = program.staticType(m, act.receiver()).name();
        boolean ownMonitor = field != null && (type != null && program.knowledge().is(type, TypeTrait.SYNCHRONIZED)
                && !program.is(type, TypeTrait.CONCURRENT)
                || scope.summaries().syncTypes().nature(field) == Nature.SYNCHRONIZED_WRAPPER);
        if (!ownMonitor || held.contains(LockRef.monitor(target)) || !scope.knowledge().inGroup(NameGroup.ACT, act.name())) {
            return; // a concurrent collection has no lock a caller can take
        }
        // A private one only its class uses: reported when the class itself changes it without these locks.
        Located other = field.facts().isPrivate() ? changedWithout(scope, field, held) : null;
        var threads = scope.summaries().threads();
        if (field.facts().isPrivate() && (other == null
                || !threads.concurrent(threads.threads(m), threads.threads(other.method())))) {
            return;
        }
        Integer check = checkBefore(scope.knowledge(), m, index, act, target, act.args().isEmpty() ? null : act.args().get(0), false);
        if (check == null) {
            return;
        }
        Event.Call checkCall = m.facts().callAt(check);
        if (other != null) {
            scope.context().report(m, act.pos(), "check-then-act on " + kind + " `" + target.display() + "` under "
                    + Describe.locks(held) + ", not under its own lock: `" + checkCall.name() + "` and then `" + act.name()
                    + "` are each atomic, but `" + other.method().display() + "` changes `" + field.name()
                    + "` holding only its own monitor, so it can change it in between; hold `" + target.display()
                    + "` itself (`synchronized (" + target.display() + ") {...}`) here too")
                    .related(m, checkCall.pos(), "the check is here")
                    .related(other.method(), other.pos(), "changed here without " + Describe.locks(held))
                    .add();
            return;
        }
        scope.context().report(m, act.pos(), "check-then-act on " + kind + " `" + target.display() + "` under "
                + Describe.locks(held) + ", not under its own lock: `" + checkCall.name() + "` and then `" + act.name()
                + "` are each atomic, but code outside the class can reach `" + field.name()
                + "` (it is not private) and changes it through its methods, which take only its own monitor, "
                + "so another thread can change it in between; hold `" + target.display() + "` itself "
                + "(`synchronized (" + target.display() + ") {...}`), or keep the collection private")
                .related(m, checkCall.pos(), "the check is here")
                .add();
    }

    /** A change made somewhere, and where. */
    private record Located(MethodInfo method, Position pos) {
    }

    /**
     * A change of the collection in the field (an add or a remove of its own) that its class makes after
     * construction without any of the locks {@code held}; {@code null} when there is none.
     */
    private static Located changedWithout(MethodScope scope, FieldInfo field, LockSet held) {
        Program program = scope.program();
        for (MethodInfo x : program.writtenInTopLevelOf(field.owner())) {
            if (x.facts().isInitialization()) {
                continue;
            }
            for (Event e : x.facts().events()) {
                if (e instanceof Event.Call c && c.receiver().pathOrNull() != null && c.receiver().pathOrNull().isField()
                        && program.field(x, c.receiver().pathOrNull()) == field
                        && (scope.knowledge().inGroup(NameGroup.COLLECTION_INSERT, c.name())
                        || scope.knowledge().inGroup(NameGroup.COLLECTION_SHRINK, c.name()))
                        && held.locks().stream().noneMatch(l -> scope.summaries().heldAt(x, e.held()).contains(l))) {
                    return new Located(x, e.pos());
                }
            }
        }
        return null;
    }

    /**
     * Whether every write to the atomic anywhere it can be named (a private final field: its top-level
     * class) stores one and the same constant ({@code set(false)} of a one-way latch): racing writers then
     * store equal values, and nothing is lost between the check and the act. Any other call that may
     * change it (compareAndSet, getAndSet, increment...) or a non-constant argument disproves it.
     */
    private static boolean sameConstantEverywhere(Program program, FieldInfo field) {
        if (!field.facts().isFinal() || !field.facts().isPrivate()) {
            return false;
        }
        Value constant = null;
        for (MethodInfo m : program.writtenInTopLevelOf(field.owner())) {
            for (Event e : m.facts().events()) {
                if (!(e instanceof Event.Call c) || c.receiver().pathOrNull() == null
                        || !c.receiver().pathOrNull().isField() || program.field(m, c.receiver().pathOrNull()) != field
                        || program.knowledge().inGroup(NameGroup.CHECK, c.name())) {
                    continue;
                }
                if (!program.knowledge().inGroup(NameGroup.ACT, c.name()) || c.args().size() != 1
                        || !(c.args().get(0) instanceof Value.Literal lit)
                        || constant != null && !constant.equals(lit)) {
                    return false;
                }
                constant = lit;
            }
        }
        return constant != null;
    }

    /**
     * Whether the check only skips a set that would change nothing: the act sets a constant
     * (an enum constant, {@code state.set(CLOSED)}, or a boolean) in a branch taken where the checked value
     * differs from that constant
     * ({@code if (state.get() != CLOSED)}, {@code if (!closed.get()) closed.set(true)}), and the branch does
     * nothing else. Whatever another thread sets in between, the end is the constant, as with the set alone,
     * which is no check-then-act.
     */
    private static boolean skipsOnlyARedundantSet(Program program, MethodInfo m, int check, Event.Call act) {
        if (act.args().size() != 1 || act.guard() < 0) {
            return false;
        }
        Value set = act.args().get(0);
        Boolean bool = set instanceof Value.Literal lit && lit.kind() == Value.LiteralKind.BOOLEAN
                ? Boolean.valueOf(lit.text()) : null;
        // an enum constant: compared with it, a value can only be equal or not (a number may be above it)
        AccessPath constant = set.pathOrNull();
        FieldInfo named = constant != null && constant.root() == AccessPath.Root.STATIC ? program.field(m, constant) : null;
        boolean enumConstant = named != null && named.owner().facts().kind() == dev.fearless.facts.TypeFacts.Kind.ENUM
                && named.facts().isStatic() && named.facts().isFinal()
                && named.owner().simpleName().equals(named.facts().type().simpleName());
        boolean literal = bool != null;
        if (!literal && !enumConstant) {
            return false;
        }
        Guard branch = m.facts().guards().get(act.guard());
        Value checked = new Value.CallResult(check);
        boolean differs = false;
        for (Guard.Test t : branch.implied()) {
            if (!t.subject().equals(checked)) {
                continue;
            }
            differs |= t.kind() == Guard.TestKind.COMPARED && !literal && branch.implied().stream()
                    .anyMatch(o -> o.kind() == Guard.TestKind.COMPARED && o.subject().equals(set))
                    || bool != null && (t.kind() == Guard.TestKind.IS_FALSE && bool || t.kind() == Guard.TestKind.IS_TRUE && !bool);
        }
        if (!differs) {
            return false;
        }
        List<Guard> guards = m.facts().guards();
        for (Event e : m.facts().events()) {
            boolean inBranch = false;
            for (int g = e.guard(); g >= 0 && g < guards.size() && !inBranch; g = guards.get(g).parent()) {
                inBranch = g == act.guard();
            }
            if (inBranch && e != act
                    && !(e instanceof Event.FieldAccess fa && fa.kind() == Event.AccessKind.READ && fa.path().isStaticField())) {
                return false; // the branch does something else: a second thread may do it too
            }
        }
        return true;
    }

    /** Which kind of thread-safe object the receiver is ("concurrent map", "atomic"...), or {@code null}. */
    private static String sharedKind(RuleContext context, MethodInfo m, Value receiver, AccessPath path) {
        Program program = context.program();
        String type = program.staticType(m, receiver).name();
        if (type != null && program.is(type, TypeTrait.ATOMIC)) {
            return ATOMIC;
        }
        if (type != null && (program.is(type, TypeTrait.CONCURRENT) || program.knowledge().is(type, TypeTrait.SYNCHRONIZED))) {
            boolean map = program.is(type, TypeTrait.MAP);
            if (program.is(type, TypeTrait.CONCURRENT)) {
                return map ? "concurrent map" : "concurrent collection";
            }
            return map ? "synchronized map" : "synchronized collection";
        }
        FieldInfo f = program.field(m, path);
        if (f != null) {
            Nature nature = context.summaries().syncTypes().nature(f);
            if (nature == Nature.SYNCHRONIZED_WRAPPER) {
                return "synchronized collection";
            }
            if (nature == Nature.SYNC && type != null && (program.is(type, TypeTrait.MAP)
                    || program.is(type, TypeTrait.COLLECTION))) {
                return program.is(type, TypeTrait.MAP) ? "concurrent map" : "concurrent collection";
            }
        }
        return null;
    }

    /** The index of a check on the same object and key that decides whether this act happens, or null. */
    private static Integer checkBefore(KnowledgeBase knowledge, MethodInfo m, int actIndex, Event.Call act,
                                       AccessPath target, Value key, boolean atomic) {
        List<Event> events = m.facts().events();
        for (Guard g : m.facts().guardChain(act)) {
            for (Guard.Test t : g.implied()) {
                Integer check = checkCall(knowledge, m, t.subject(), target, key, actIndex, g.pos());
                if (check != null) {
                    return check;
                }
            }
        }
        Integer passed = key == null ? null : passedCheck(knowledge, m, actIndex, act, target, key);
        if (passed != null) {
            return passed;
        }
        if (!atomic && key != null && computed(events, actIndex, act) && !resultKept(events, actIndex)) {
            Integer read = valueReadBefore(knowledge, m, actIndex, target, key);
            if (read != null) {
                return read;
            }
        }
        if (atomic) {
            for (int i = actIndex - 1; i >= 0; i--) {
                Event e = events.get(i);
                if (e.pos().line() != act.pos().line()) {
                    break;
                }
                if (e instanceof Event.Call c && knowledge.inGroup(NameGroup.CHECK, c.name())
                        && knowledge.inGroup(NameGroup.ATOMIC_READ, c.name())
                        && target.equals(c.receiver().pathOrNull())) {
                    return i;
                }
            }
            return readIntoLocalBefore(knowledge, m, actIndex, act, target);
        }
        return null;
    }

    /**
     * A check whose value a condition tests that leaves the method when it holds, before the act
     * ({@code Session s = map.get(user); if (s != null && s.fresh()) return s; map.put(user, new Session())}):
     * the act runs only because that test failed, whatever else the condition asked, so it acts on what
     * the check saw. The extraction records no guard for a condition that only a disjunction's failure
     * implies, so the exit is found from the branch's own events: its last one returns or throws.
     */
    private static Integer passedCheck(KnowledgeBase knowledge, MethodInfo m, int actIndex, Event.Call act,
                                       AccessPath target, Value key) {
        for (Guard guard : exitedBefore(m, actIndex, act)) {
            for (Guard.Test t : guard.implied()) {
                Integer check = checkCall(knowledge, m, t.subject(), target, key, actIndex, guard.pos());
                if (check != null) {
                    return check;
                }
            }
        }
        return null;
    }

    /**
     * The conditions before the act, not around it, whose branch leaves the method: it returns or throws
     * last. One pass over the events before the act, noting for each condition the last event under it.
     */
    private static List<Guard> exitedBefore(MethodInfo m, int actIndex, Event.Call act) {
        List<Guard> guards = m.facts().guards();
        List<Event> events = m.facts().events();
        int[] last = new int[guards.size()];
        java.util.Arrays.fill(last, -1);
        for (int i = 0; i < actIndex; i++) {
            for (int g = events.get(i).guard(); g >= 0 && g < guards.size(); g = guards.get(g).parent()) {
                last[g] = i;
            }
        }
        List<Guard> around = m.facts().guardChain(act);
        List<Guard> exited = new ArrayList<>();
        for (int g = 0; g < guards.size(); g++) {
            Guard guard = guards.get(g);
            if (last[g] >= 0 && guard.pos().compareTo(act.pos()) < 0 && !around.contains(guard)
                    && (events.get(last[g]) instanceof Event.Return || events.get(last[g]) instanceof Event.Throw)) {
                exited.add(guard);
            }
        }
        return exited;
    }

    /**
     * Whether the act runs only past a condition that left the method when the check's value was there
     * and something else held of it ({@code if (c != null && c.fresh()) return c;}): the value was missing,
     * or found and rejected, so the act replaces it.
     */
    private static boolean foundRejected(MethodInfo m, int check, int actIndex, Event.Call act) {
        Value checked = new Value.CallResult(check);
        for (Guard g : exitedBefore(m, actIndex, act)) {
            for (Guard.Test t : g.implied()) {
                if (t.kind() == Guard.TestKind.NOT_NULL && (checked.equals(t.subject()) || holds(m, t.subject(), checked))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The read of an atomic kept in a local, the last call on the atomic before an act that stores an
     * expression ({@code long first = next.get(); next.set(first + size);}): the act writes a value
     * computed from what the read saw, and another thread's update in between is lost. An act storing a
     * variable, a constant or a call's result ({@code last.set(System.nanoTime())}) is not an update of
     * the value read. A local the method assigns only such expressions before the act counts as the
     * expression ({@code long updated = current + n < 0 ? Long.MAX_VALUE : current + n; requested.set(updated);}).
     */
    private static Integer readIntoLocalBefore(KnowledgeBase knowledge, MethodInfo m, int actIndex, Event.Call act,
                                               AccessPath target) {
        if (act.args().size() != 1 || !expression(m, act.args().get(0), actIndex)) {
            return null;
        }
        List<Event> events = m.facts().events();
        for (int i = actIndex - 1; i >= 0; i--) {
            if (!(events.get(i) instanceof Event.Call c) || !target.equals(c.receiver().pathOrNull())) {
                continue;
            }
            boolean read = knowledge.inGroup(NameGroup.CHECK, c.name()) && knowledge.inGroup(NameGroup.ATOMIC_READ, c.name());
            return read && keptInLocal(events, i, actIndex) ? i : null;
        }
        return null;
    }

    /**
     * Whether {@code v} is an expression computed here ({@link Value.Other}), or a local (not a parameter)
     * that every assignment before event {@code until} sets to one.
     */
    private static boolean expression(MethodInfo m, Value v, int until) {
        if (v instanceof Value.Other || v instanceof Value.Choice c && c.results()) {
            return true;
        }
        AccessPath p = v.pathOrNull();
        if (p == null || p.isField() || p.root() != AccessPath.Root.LOCAL) {
            return false; // a field, or a parameter (its own root): a value given, not computed here
        }
        boolean assigned = false;
        List<Event> events = m.facts().events();
        for (int i = 0; i < until; i++) {
            if (events.get(i) instanceof Event.LocalAssign la && la.local().equals(p.rootName())) {
                if (!(la.value() instanceof Value.Other || la.value() instanceof Value.Choice c && c.results())) {
                    return false;
                }
                assigned = true;
            }
        }
        return assigned;
    }

    /** Whether the result of call {@code call} is assigned to a local before event {@code until}. */
    private static boolean keptInLocal(List<Event> events, int call, int until) {
        Value result = new Value.CallResult(call);
        for (int j = call + 1; j < until; j++) {
            if (events.get(j) instanceof Event.LocalAssign la && result.equals(la.value())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A read of the same key's value earlier in the method, kept in a local or passed on (the
     * {@code n = map.get(k); map.put(k, n + 1)} counter): the act writes a value computed from what the
     * read saw, with no guard in between, so another thread's write of that key is lost.
     */
    private static Integer valueReadBefore(KnowledgeBase knowledge, MethodInfo m, int actIndex, AccessPath target,
                                           Value key) {
        List<Event> events = m.facts().events();
        for (int i = actIndex - 1; i >= 0; i--) {
            if (events.get(i) instanceof Event.Call c && knowledge.inGroup(NameGroup.CHECK, c.name())
                    && knowledge.inGroup(NameGroup.ATOMIC_READ, c.name()) && target.equals(c.receiver().pathOrNull())
                    && sameKey(c, key) && used(events, i, actIndex)) {
                return i;
            }
        }
        return null;
    }

    /**
     * Whether the act's own result (the previous value {@code put} returns) is kept: code that compares
     * it with what it read sees another thread's write in between and handles it.
     */
    private static boolean resultKept(List<Event> events, int actIndex) {
        return TakeAfterCheck.keptIn(events, actIndex) != null;
    }

    /**
     * Whether the act stores a value computed where it is written ({@code n + 1}, {@code f(n)}), or in a
     * local the method last set to an expression, not a variable handed in or a new object: the shape of an update from the value read, not of a cache filled with
     * something built independently of it.
     */
    private static boolean computed(List<Event> events, int actIndex, Event.Call act) {
        if (act.args().size() < 2) {
            return false;
        }
        Value v = act.args().get(act.args().size() - 1);
        if (v instanceof Value.Other || v instanceof Value.CallResult) {
            return true;
        }
        // a local the method last set to such an expression ({@code int next = n == null ? 1 : n + 1;})
        AccessPath p = v.pathOrNull();
        if (p == null || p.root() != AccessPath.Root.LOCAL || p.isField()) {
            return false;
        }
        for (int i = actIndex - 1; i >= 0; i--) {
            if (events.get(i) instanceof Event.LocalAssign la && la.local().equals(p.rootName())) {
                return la.value() instanceof Value.Other
                        || la.value() instanceof Value.Choice c && (c.results()
                        || c.options().stream().anyMatch(o -> o instanceof Value.Other));
            }
        }
        return false;
    }

    /**
     * Whether the result of call {@code call} is used on the act's line, kept in a local, or passed to a
     * call before {@code until}.
     */
    private static boolean used(List<Event> events, int call, int until) {
        if (events.get(call).pos().line() == events.get(until).pos().line()) {
            return true;
        }
        Value result = new Value.CallResult(call);
        for (int j = call + 1; j <= until; j++) {
            Event e = events.get(j);
            if (e instanceof Event.LocalAssign la && result.equals(la.value())
                    || e instanceof Event.Call c && c.args().contains(result)) {
                return true;
            }
        }
        return false;
    }

    static Integer checkCall(KnowledgeBase knowledge, MethodInfo m, Value subject, AccessPath target,
                                     Value key, int before, dev.fearless.facts.Position tested) {
        List<Event> events = m.facts().events();
        if (subject instanceof Value.CallResult cr && cr.eventIndex() < before
                && events.get(cr.eventIndex()) instanceof Event.Call c && knowledge.inGroup(NameGroup.CHECK, c.name())
                && target.equals(c.receiver().pathOrNull()) && sameKey(c, key)) {
            return cr.eventIndex();
        }
        AccessPath p = subject.pathOrNull();
        if (p != null && p.root() == AccessPath.Root.LOCAL && !p.isField()) {
            for (int i = before - 1; i >= 0; i--) {
                if (events.get(i) instanceof Event.LocalAssign la && la.local().equals(p.rootName())
                        && la.pos().compareTo(tested) < 0) {
                    return la.value() instanceof Value.CallResult
                            ? checkCall(knowledge, m, la.value(), target, key, before, tested)
                            : checkInStatement(knowledge, events, i, la.pos().line(), target, key);
                }
            }
        }
        return null;
    }

    /**
     * A check on the same object and key in the statement that computed a local from it
     * ({@code boolean absent = !list.contains(x);}): the events of that line just before the assignment.
     */
    private static Integer checkInStatement(KnowledgeBase knowledge, List<Event> events, int assignment, int line,
                                            AccessPath target, Value key) {
        for (int i = assignment - 1; i >= 0 && events.get(i).pos().line() == line; i--) {
            if (events.get(i) instanceof Event.Call c && knowledge.inGroup(NameGroup.CHECK, c.name())
                    && target.equals(c.receiver().pathOrNull()) && sameKey(c, key)) {
                return i;
            }
        }
        return null;
    }

    /**
     * The index of a size check on the same collection that the act's position depends on: a
     * {@code size()} evaluated in the act's own statement ({@code list.get(list.size() - 1)}) or in the
     * statement that computed the local it passes ({@code int last = list.size() - 1; list.get(last)}), or
     * a size or emptiness test that decides whether the act happens ({@code if (!list.isEmpty()) list.remove(0)}).
     */
    private static Integer sizeCheckBefore(KnowledgeBase knowledge, MethodInfo m, int actIndex, Event.Call act,
                                           AccessPath target) {
        List<Event> events = m.facts().events();
        Integer inStatement = sizeInStatement(knowledge, events, actIndex, act.pos().line(), target);
        if (inStatement != null) {
            return inStatement;
        }
        // a position computed from the size into a local first: int last = list.size() - 1; list.get(last)
        Integer computed = sizeInLocal(knowledge, events, actIndex, act.args().get(0), target);
        if (computed != null) {
            return computed;
        }
        for (Guard g : m.facts().guardChain(act)) {
            for (Guard.Test t : g.implied()) {
                if (t.subject() instanceof Value.CallResult cr && cr.eventIndex() < actIndex
                        && events.get(cr.eventIndex()) instanceof Event.Call c
                        && knowledge.inGroup(NameGroup.SIZE_CHECK, c.name()) && target.equals(c.receiver().pathOrNull())) {
                    return cr.eventIndex();
                }
                // a bound kept in a local: int n = list.size(); for (int i = 0; i < n; i++) list.get(i)
                Integer bound = t.kind() == Guard.TestKind.COMPARED
                        ? sizeInLocal(knowledge, events, actIndex, t.subject(), target) : null;
                if (bound != null) {
                    return bound;
                }
            }
        }
        return null;
    }

    /**
     * The index of the size call on the collection that computed {@code value}, a local, in its last
     * assignment before event {@code before} ({@code int last = list.size() - 1}); or null.
     */
    private static Integer sizeInLocal(KnowledgeBase knowledge, List<Event> events, int before, Value value,
                                       AccessPath target) {
        AccessPath local = value.pathOrNull();
        if (local == null || local.root() != AccessPath.Root.LOCAL || local.isField()) {
            return null;
        }
        for (int j = before - 1; j >= 0; j--) {
            if (events.get(j) instanceof Event.LocalAssign la && la.local().equals(local.rootName())) {
                // the last assignment before the act is the value it uses
                return sizeInStatement(knowledge, events, j, la.pos().line(), target);
            }
        }
        return null;
    }

    /**
     * Whether the act only reads by position ({@code get(i)}) inside a try that catches the exception for
     * a position that is gone: the code expects the list to shrink meanwhile and copes with it.
     */
    private static boolean readCopingWithGonePosition(Program program, MethodInfo m, int index, Event.Call act) {
        if (program.knowledge().inGroup(NameGroup.COLLECTION_WRITE, act.name())) {
            return false;
        }
        for (CatchClause c : m.facts().catches()) {
            if (c.inTry(index)) {
                for (TypeRef caught : c.types()) {
                    String type = program.resolveType(caught, m.owner());
                    if (type != null && program.is(type, TypeTrait.POSITION_GONE)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The index of a size call on the collection evaluated just before event {@code at}, on its line, or null. */
    private static Integer sizeInStatement(KnowledgeBase knowledge, List<Event> events, int at, int line,
                                           AccessPath target) {
        for (int i = at - 1; i >= 0 && events.get(i).pos().line() == line; i--) {
            if (events.get(i) instanceof Event.Call c && knowledge.inGroup(NameGroup.SIZE_CHECK, c.name())
                    && target.equals(c.receiver().pathOrNull())) {
                return i;
            }
        }
        return null;
    }

    /** Whether the value is the calling thread: {@code Thread.currentThread()}, or a local only ever holding it. */
    private static boolean currentThread(Program program, MethodInfo m, Value v) {
        if (v instanceof Value.CallResult cr) {
            Event.Call c = m.facts().callAt(cr.eventIndex());
            return c != null && program.traits(m, c).contains(MethodTrait.CURRENT_THREAD);
        }
        AccessPath p = v.pathOrNull();
        Value only = p == null || p.isField() || p.root() != AccessPath.Root.LOCAL ? null
                : m.facts().onlyAssignment(p.rootName());
        return only instanceof Value.CallResult && currentThread(program, m, only);
    }

    /** Whether the use is a keyed call on the container whose key is the calling thread. */
    private static boolean keyedByCurrentThread(Program program, FieldUse v) {
        if (v.call() == null) {
            return false;
        }
        MethodInfo m = v.originMethod();
        for (Event e : m.facts().events()) {
            if (e instanceof Event.Call c && c.pos().equals(v.origin()) && c.name().equals(v.call())) {
                return !c.args().isEmpty() && currentThread(program, m, c.args().get(0));
            }
        }
        return false;
    }

    private static boolean sameKey(Event.Call check, Value key) {
        if (key == null) {
            return true;
        }
        return !check.args().isEmpty() && check.args().get(0).equals(key) && !(key instanceof Value.Other);
    }
}
