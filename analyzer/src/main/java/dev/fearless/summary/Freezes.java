package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.CatchClause;
import dev.fearless.facts.Event;
import dev.fearless.facts.FieldFacts;
import dev.fearless.facts.Guard;
import dev.fearless.facts.Guard.TestKind;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.Modifiers;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.program.CallSite;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Objects that are frozen: a freeze flag ({@code finished}, {@code frozen}) is a private boolean field
 * set only to {@code true}, always under one lock; the object's writers check, under that lock, that it
 * is not set yet ({@code if (finished) throw ...}) and its readers check that it is
 * ({@code ensureFinished()}). A write made where the flag was seen unset, with the lock held from the check
 * on (or in the section that sets the flag), comes before the flag is set; a read made where the flag was
 * seen set comes after that, if the read of the flag that saw it does. Such a pair races only if the
 * flag's own read does: that read is where the race is, and where it is reported, once, rather than at
 * every field the freeze keeps still.
 */
public final class Freezes {

    /** How many callers up a method is followed to the check its callers make before calling it. */
    private static final int CALLER_DEPTH = 3;
    /** How many calls deep a method is followed to the check it makes before it returns. */
    private static final int CALL_DEPTH = 3;
    /** How many superclasses up a field's class is searched for flags (a bound, should the code's classes extend each other in a cycle). */
    private static final int SUPERCLASS_DEPTH = 16;

    /**
     * A freeze flag and the lock every write of it holds. {@code sectionCounts}: a write made in the
     * critical section that sets the flag, after it, comes before a read that saw the flag set (not so for a
     * volatile flag read without the lock: the volatile write orders only what came before it).
     */
    record Flag(FieldInfo field, LockRef lock, boolean sectionCounts) {
    }

    private record Query(Flag flag, MethodInfo method, int event, boolean set) {
    }

    private record Ensures(Flag flag, MethodInfo method, TestKind kind) {
    }

    private static final String ATOMIC_BOOLEAN = "java.util.concurrent.atomic.AtomicBoolean";

    private final Program program;
    private final Map<TypeInfo, List<Flag>> flags;
    private final Map<Query, Boolean> answers = new ConcurrentHashMap<>();
    private final Map<Query, Boolean> settingAnswers = new ConcurrentHashMap<>();
    private final Map<Ensures, Boolean> ensures = new ConcurrentHashMap<>();

    private Freezes(Program program, Map<TypeInfo, List<Flag>> flags) {
        this.program = program;
        this.flags = flags;
    }

    static Freezes of(Program program) {
        Map<TypeInfo, List<Flag>> flags = new IdentityHashMap<>();
        for (TypeInfo t : program.types()) {
            for (FieldInfo f : t.fields()) {
                Flag flag = flag(program, f);
                if (flag != null) {
                    flags.computeIfAbsent(t, x -> new ArrayList<>()).add(flag);
                }
            }
        }
        return new Freezes(program, flags);
    }

    /**
     * Whether a freeze orders {@code u} and {@code v}, one of them a write: one is made where a freeze flag of
     * the object was seen set (or by the one thread that set it, after setting it), the other before the flag
     * was set.
     */
    public boolean ordered(FieldUse u, FieldUse v) {
        if (flags.isEmpty()) {
            return false;
        }
        if (!u.op().isWrite() && !v.op().isWrite()) {
            return false;
        }
        TypeInfo t = u.field().owner();
        for (int depth = 0; t != null && depth < SUPERCLASS_DEPTH; depth++) {
            for (Flag flag : flags.getOrDefault(t, List.of())) {
                if (onFlagObject(flag, u) && onFlagObject(flag, v)
                        && (answer(flag, u.originMethod(), u.originEvent(), true)
                                && answer(flag, v.originMethod(), v.originEvent(), false)
                        || answer(flag, v.originMethod(), v.originEvent(), true)
                                && answer(flag, u.originMethod(), u.originEvent(), false)
                        || bySetter(flag, u) && bySetter(flag, v))) {
                    return true;
                }
            }
            t = t.superclass() == null ? null : program.type(t.superclass());
        }
        return false;
    }

    /**
     * A freeze flag: a private boolean instance field that its own class's code sets only to {@code true}
     * ({@link LazyInits#onlySetTrue}), on its own object, always holding one lock, outside its constructors.
     */
    private static Flag flag(Program program, FieldInfo f) {
        FieldFacts facts = f.facts();
        if (!facts.isStatic() && facts.isPrivate()
                && ATOMIC_BOOLEAN.equals(program.resolveType(facts.type(), f.owner()))) {
            return atomicFlag(program, f);
        }
        if (facts.isStatic() || !facts.isPrivate() || !"boolean".equals(facts.type().simpleName())
                || !LazyInits.onlySetTrue(program, f)) {
            return null;
        }
        LockSet common = null;
        for (MethodInfo m : program.writtenInTopLevelOf(f.owner())) {
            boolean building = m.facts().isInitialization() && m.owner() == f.owner();
            for (Event e : m.facts().events()) {
                if (!(e instanceof Event.FieldAccess fa) || !fa.kind().isWrite() || !fa.path().isField()
                        || !fa.path().lastField().equals(f.name())) {
                    continue;
                }
                if (building && fa.path().isOwnField()) {
                    continue;
                }
                if (m.owner() != f.owner() || m.facts().isClosure() || !fa.path().isOwnField()) {
                    return null; // set through another name than its own object's: no lock of its own names it
                }
                common = common == null ? fa.held() : common.intersect(fa.held());
            }
        }
        if (common == null) {
            return null;
        }
        for (LockRef lock : common.locks()) {
            if (lock != AccessSummarizer.OPAQUE) {
                return new Flag(f, lock, !facts.isVolatile());
            }
        }
        return null;
    }

    /**
     * A freeze flag held in a private {@code AtomicBoolean} of the object: assigned only as it is built, set
     * by its own class's code only to {@code true} ({@code ready.set(true)}, {@code compareAndSet(false, true)}),
     * always holding one lock. Its writes order like a volatile's, so a write in the setting section after
     * the set does not count as made before it.
     */
    private static Flag atomicFlag(Program program, FieldInfo f) {
        LockSet common = null;
        for (MethodInfo m : program.writtenInTopLevelOf(f.owner())) {
            boolean building = m.facts().isInitialization() && m.owner() == f.owner();
            for (Event e : m.facts().events()) {
                if (e instanceof Event.FieldAccess fa && fa.kind().isWrite() && fa.path().isField()
                        && fa.path().lastField().equals(f.name()) && !(building && fa.path().isOwnField())) {
                    return null; // the atomic itself replaced after construction
                }
                if (!(e instanceof Event.Call c) || c.receiver().pathOrNull() == null
                        || !c.receiver().pathOrNull().isField() || !c.receiver().pathOrNull().lastField().equals(f.name())
                        || !program.knowledge().inGroup(NameGroup.ATOMIC_WRITE, c.name())
                        && !program.knowledge().inGroup(NameGroup.ATOMIC_UPDATE, c.name())) {
                    continue;
                }
                if (m.owner() != f.owner() || m.facts().isClosure() || !flagCall(c, f.name()) || c.args().isEmpty()
                        || !(c.args().get(c.args().size() - 1) instanceof Value.Literal l) || !l.text().equals("true")) {
                    return null; // set to something else than true, or through another name than its own object's
                }
                common = common == null ? c.held() : common.intersect(c.held());
            }
        }
        if (common == null) {
            return null;
        }
        for (LockRef lock : common.locks()) {
            if (lock != AccessSummarizer.OPAQUE) {
                return new Flag(f, lock, false);
            }
        }
        return null;
    }

    /** Whether the use's access is to a field of the object the flag belongs to ({@code this} there). */
    private boolean onFlagObject(Flag flag, FieldUse use) {
        MethodInfo m = use.originMethod();
        int i = use.originEvent();
        if (i < 0 || m.facts().isStatic() || !(m.owner() == flag.field().owner()
                || program.isSubtype(m.owner().name(), flag.field().owner().name()))) {
            return false;
        }
        Event e = m.facts().eventAt(i);
        AccessPath path = Event.touched(e);
        return path != null && path.isOwnField();
    }

    private boolean answer(Flag flag, MethodInfo m, int event, boolean set) {
        if (event < 0) {
            return false;
        }
        Query q = new Query(flag, m, event, set);
        Boolean known = answers.get(q);
        if (known != null) {
            return known;
        }
        // not computeIfAbsent: the answer asks for others, which would change the map while it computes
        boolean found = set ? after(flag, m, event, CALLER_DEPTH) : before(flag, m, event, CALLER_DEPTH);
        Boolean first = answers.putIfAbsent(q, found);
        return first != null ? first : found;
    }

    /**
     * Whether event {@code e} of {@code m} runs only where the flag was seen unset, with its lock held from
     * that check on, or in the critical section that sets the flag.
     */
    private boolean before(Flag flag, MethodInfo m, int e, int depth) {
        Event event = m.facts().eventAt(e);
        boolean entryLocked = lockedOnEntry(flag, m, CALLER_DEPTH);
        if ((entryLocked || event.held().contains(flag.lock()))
                && (tested(flag, m, event, TestKind.IS_FALSE, !entryLocked)
                || afterEnsuringCall(flag, m, e, TestKind.IS_FALSE, !entryLocked)
                || flag.sectionCounts() && inSettingSection(flag, m))) {
            return true;
        }
        return depth > 0 && everyCaller(m, (caller, at) -> before(flag, caller, at, depth - 1));
    }

    /** Whether {@code m} runs only with the flag's lock held: it takes it itself, or every caller holds it at the call. */
    private boolean lockedOnEntry(Flag flag, MethodInfo m, int depth) {
        if (m.facts().isSynchronized() && !m.facts().isStatic() && flag.lock().equals(LockRef.monitor(AccessPath.THIS_PATH))) {
            return true;
        }
        return depth > 0 && everyCaller(m, (caller, at) -> caller.facts().eventAt(at).held().contains(flag.lock())
                || lockedOnEntry(flag, caller, depth - 1));
    }

    /**
     * Whether the use is made by the one thread that set the flag, after setting it: two such uses are that
     * one thread's, in its order.
     */
    private boolean bySetter(Flag flag, FieldUse use) {
        return use.originEvent() >= 0 && settingAnswers.computeIfAbsent(new Query(flag, use.originMethod(), use.originEvent(), true),
                q -> afterSetting(flag, q.method(), q.event(), CALLER_DEPTH));
    }

    private boolean afterSetting(Flag flag, MethodInfo m, int e, int depth) {
        return afterOwnSet(flag, m, e) || depth > 0 && everyCaller(m, (caller, at) -> afterSetting(flag, caller, at, depth - 1));
    }

    /** Whether event {@code e} of {@code m} runs only where the flag was seen set, or after this thread set it. */
    private boolean after(Flag flag, MethodInfo m, int e, int depth) {
        Event event = m.facts().eventAt(e);
        if (tested(flag, m, event, TestKind.IS_TRUE, false) || afterEnsuringCall(flag, m, e, TestKind.IS_TRUE, false)
                || afterOwnSet(flag, m, e)) {
            return true;
        }
        return depth > 0 && everyCaller(m, (caller, at) -> after(flag, caller, at, depth - 1));
    }

    /**
     * Whether event {@code e} of {@code m} runs after {@code m} itself set the flag, whenever it runs: the set
     * is made holding the flag's lock, under a test under that lock that it was not set yet (so one thread
     * ever sets it: {@code synchronized (lock) { if (ready.get()) return false; ...; ready.set(true); }}),
     * and {@code e} comes after it under the same conditions and loops ({@code notifyListeners()} after the
     * block). Every access made before the flag was set released the lock before this thread took it.
     */
    private boolean afterOwnSet(Flag flag, MethodInfo m, int e) {
        if (m.owner() != flag.field().owner() || m.facts().isClosure()) {
            return false;
        }
        List<Event> events = m.facts().events();
        Event at = events.get(e);
        for (int i = 0; i < e; i++) {
            Event set = events.get(i);
            if (setsFlag(program, flag, set) && set.held().contains(flag.lock())
                    && tested(flag, m, set, TestKind.IS_FALSE, true) && !skippable(m, i, e)
                    && guardWithinBut(m, set.guard(), at.guard())
                    && VariableUses.loopWithin(m, set.loop(), at.loop())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether code under condition {@code inner} runs whenever code under {@code outer} does, but for
     * conditions of {@code inner} whose other branch leaves the method ({@code if (ready.get()) return false;}
     * in a synchronized block: the code after the block runs only where the rest of the block did).
     */
    private static boolean guardWithinBut(MethodInfo m, int inner, int outer) {
        List<Guard> guards = m.facts().guards();
        for (int g = inner; g >= 0 && g < guards.size(); g = guards.get(g).parent()) {
            if (VariableUses.guardWithin(m, g, outer)) {
                return true;
            }
            if (!otherBranchLeaves(m, g)) {
                return false;
            }
        }
        return true; // every condition of the inner code is one whose other branch leaves: the outer code runs only after it
    }

    /** Whether another branch of the {@code if} that makes condition {@code g} ends by leaving the method. */
    private static boolean otherBranchLeaves(MethodInfo m, int g) {
        List<Guard> guards = m.facts().guards();
        List<Event> events = m.facts().events();
        for (int o = 0; o < guards.size(); o++) {
            if (o == g || guards.get(o).parent() != guards.get(g).parent() || !guards.get(o).pos().equals(guards.get(g).pos())) {
                continue;
            }
            Event last = null;
            for (Event x : events) {
                if (x.guard() == o) {
                    last = x;
                }
            }
            if (last instanceof Event.Return || last instanceof Event.Throw) {
                return true;
            }
        }
        return false;
    }

    /** Whether the event sets the flag of its method's own object: {@code done = true}, or {@code ready.set(true)} on an atomic flag. */
    private static boolean setsFlag(Program program, Flag flag, Event e) {
        if (e instanceof Event.FieldAccess fa) {
            return fa.kind().isWrite() && fa.path().isOwnField() && fa.path().lastField().equals(flag.field().name());
        }
        return e instanceof Event.Call c && flagCall(c, flag.field().name())
                && program.knowledge().inGroup(NameGroup.ATOMIC_WRITE, c.name());
    }

    /** Whether the call is made on the object's own field {@code name}. */
    private static boolean flagCall(Event.Call c, String name) {
        AccessPath p = c.receiver().pathOrNull();
        return p != null && p.isOwnField() && p.lastField().equals(name);
    }

    /** Whether a condition the event is nested under tests the flag of {@code m}'s own object ({@code locked}: holding its lock). */
    private static boolean tested(Flag flag, MethodInfo m, Event event, TestKind kind, boolean locked) {
        if (m.owner() != flag.field().owner() || m.facts().isClosure()) {
            return false;
        }
        for (Guard g : m.facts().guardChain(event)) {
            if ((!locked || g.held().contains(flag.lock())) && names(m, g, flag, kind)) {
                return true;
            }
        }
        return false;
    }

    private static boolean names(MethodInfo m, Guard g, Flag flag, TestKind kind) {
        for (Guard.Test t : g.implied()) {
            AccessPath p = t.subject().pathOrNull();
            if (t.kind() == kind && (p != null && p.isOwnField() && p.lastField().equals(flag.field().name())
                    || t.subject() instanceof Value.CallResult r && m.facts().eventAt(r.eventIndex()) instanceof Event.Call c
                    && c.name().equals("get") && c.args().isEmpty() && flagCall(c, flag.field().name()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether event {@code e} comes after a call, made on every path to it, of methods of the same object
     * that return only where the flag tests {@code kind} ({@code ensureFinished()}); {@code locked}: with the
     * flag's lock held from that call on.
     */
    private boolean afterEnsuringCall(Flag flag, MethodInfo m, int e, TestKind kind, boolean locked) {
        List<Event> events = m.facts().events();
        for (int i = 0; i < e; i++) {
            if (!(events.get(i) instanceof Event.Call call) || call.guard() >= 0 || call.loop() >= 0
                    || call.style() == Event.CallStyle.METHOD_REFERENCE || skippable(m, i, e)
                    || locked && !heldThroughout(flag.lock(), m, i, e)) {
                continue;
            }
            List<MethodInfo> targets = program.callGraph().targets(m, i);
            if (!targets.isEmpty() && targets.stream().allMatch(t -> Construction.ownObjectCall(program, m, call, t)
                    && ensures(flag, t, kind, CALL_DEPTH))) {
                return true;
            }
        }
        return false;
    }

    /** Whether event {@code e} can run after event {@code i} threw: in a handler or finally block of a try around {@code i}. */
    private static boolean skippable(MethodInfo m, int i, int e) {
        for (CatchClause c : m.facts().catches()) {
            if (c.tryStart() <= i && i < c.tryEnd()
                    && (c.handlerStart() <= e && e < c.handlerEnd() || c.finallyStart() <= e && e < c.finallyEnd())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code lock} is held at events {@code from} to {@code to} of {@code m}, not let go and taken again between. */
    private static boolean heldThroughout(LockRef lock, MethodInfo m, int from, int to) {
        List<Event> events = m.facts().events();
        for (int i = from; i <= to; i++) {
            Event x = events.get(i);
            if (!x.held().contains(lock) || i > from && i < to
                    && (x instanceof Event.Acquire a && lock.equals(a.lock()) || x instanceof Event.Release r && lock.equals(r.lock()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code t} returns only where the flag of its object tests {@code kind}: before any return it
     * throws when the flag does not ({@code if (finished) throw ...}), or calls on its object a method that
     * does, on every path.
     */
    private boolean ensures(Flag flag, MethodInfo t, TestKind kind, int depth) {
        if (depth < CALL_DEPTH) {
            return depth > 0 && computeEnsures(flag, t, kind, depth); // only answers from the top are kept: the same for every asker
        }
        Ensures key = new Ensures(flag, t, kind);
        Boolean known = ensures.get(key);
        if (known != null) {
            return known;
        }
        boolean found = computeEnsures(flag, t, kind, depth);
        Boolean first = ensures.putIfAbsent(key, found);
        return first != null ? first : found;
    }

    private boolean computeEnsures(Flag flag, MethodInfo t, TestKind kind, int depth) {
        if (t.facts().isAbstract() || t.facts().isClosure() || t.facts().isStatic()) {
            return false;
        }
        List<Event> events = t.facts().events();
        int firstReturn = events.size();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof Event.Return) {
                firstReturn = i;
                break;
            }
        }
        for (int i = 0; i < firstReturn; i++) {
            Event e = events.get(i);
            if (e.loop() >= 0 || t.facts().inTry(i)) {
                continue;
            }
            if (e instanceof Event.Throw && throwsUnless(flag, t, e, kind)) {
                return true;
            }
            if (e instanceof Event.Call call && call.guard() < 0 && call.style() != Event.CallStyle.METHOD_REFERENCE) {
                List<MethodInfo> targets = program.callGraph().targets(t, i);
                if (!targets.isEmpty() && targets.stream().allMatch(x -> x != t
                        && Construction.ownObjectCall(program, t, call, x) && ensures(flag, x, kind, depth - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the throw is the end of the then-branch of an {@code if} at the top of {@code t}, whose
     * false outcome (the rest of the method) implies the flag tests {@code kind}.
     */
    private static boolean throwsUnless(Flag flag, MethodInfo t, Event thrown, TestKind kind) {
        if (t.owner() != flag.field().owner()) {
            return false;
        }
        List<Guard> guards = t.facts().guards();
        int then = thrown.guard();
        if (then < 0 || guards.get(then).parent() >= 0) {
            return false;
        }
        Guard branch = guards.get(then);
        for (int g = 0; g < guards.size(); g++) {
            Guard rest = guards.get(g);
            // the guard the walk adds for the statements after `if (c) throw ...;`: c's false outcome
            if (g != then && rest.parent() < 0 && rest.pos().equals(branch.pos()) && names(t, rest, flag, kind)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the events of {@code m} are in the critical section that sets the flag: {@code m} is
     * synchronized on the flag's lock and sets it.
     */
    private static boolean inSettingSection(Flag flag, MethodInfo m) {
        if (m.owner() != flag.field().owner() || !m.facts().isSynchronized()
                || !flag.lock().equals(LockRef.monitor(AccessPath.THIS_PATH))) {
            return false;
        }
        for (Event x : m.facts().events()) {
            if (x instanceof Event.FieldAccess fa && fa.kind().isWrite() && fa.path().isOwnField()
                    && fa.path().lastField().equals(flag.field().name())) {
                return true;
            }
        }
        return false;
    }

    private interface CallCheck {
        boolean holds(MethodInfo caller, int event);
    }

    /**
     * Whether {@code m} is called only by the program, each time on the caller's own object, where
     * {@code check} holds at the call.
     */
    private boolean everyCaller(MethodInfo m, CallCheck check) {
        if (!internal(m)) {
            return false;
        }
        List<CallSite> callers = program.callGraph().callersOf(m);
        if (callers.isEmpty()) {
            return false;
        }
        for (CallSite s : callers) {
            MethodInfo caller = s.caller();
            if (!(caller.facts().eventAt(s.event()) instanceof Event.Call call) || caller == m
                    || call.style() == Event.CallStyle.METHOD_REFERENCE
                    || !Construction.ownObjectCall(program, caller, call, m) || !check.holds(caller, s.event())) {
                return false;
            }
        }
        return true;
    }

    /** Whether no code outside the program can call {@code m}: not public, and not protected in a public class. */
    private static boolean internal(MethodInfo m) {
        int modifiers = m.facts().modifiers();
        return !m.facts().isClosure() && !m.facts().isStatic() && !Modifiers.has(modifiers, Modifiers.PUBLIC)
                && !(Modifiers.has(modifiers, Modifiers.PROTECTED)
                && Modifiers.has(m.owner().facts().modifiers(), Modifiers.PUBLIC)
                && !Modifiers.has(m.owner().facts().modifiers(), Modifiers.FINAL));
    }
}
