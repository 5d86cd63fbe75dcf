package dev.fearless.rules.deadlock;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.TypeFacts;
import dev.fearless.facts.Value;
import dev.fearless.program.CallSite;
import dev.fearless.program.MethodInfo;
import dev.fearless.summary.Summaries;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.Program;
import dev.fearless.summary.Describe;
import dev.fearless.rule.EventKind;
import dev.fearless.rule.EventMatcher;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.summary.Acquisition;
import dev.fearless.summary.Api;
import dev.fearless.summary.Frames;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Nested locking on two arguments in argument order ({@code transfer(a, b)} locks a, then b): the order
 * is chosen by the callers, and two callers passing the same objects in opposite orders deadlock.
 * Locking in an order decided by a comparison (identity hash, ids) is how to fix it.
 */
@RuleMeta(family = Family.DEADLOCK, severity = Severity.WARNING,
        summary = "Nested locks on two parameters, or objects looked up by them, in argument order (transfer(a, b)), or on two handed-in fields (left, right fork; a transfer record's from and to): callers can invert it.",
        peers = {})
public final class DynamicLockOrder implements EventMatcher {

    @Override
    public Set<EventKind> eventKinds() {
        return EnumSet.allOf(EventKind.class);
    }

    @Override
    public void matchEvent(MethodScope scope, int i, Event e) {
        Program program = scope.program();
        MethodInfo m = scope.method();
        if (loopConditionsOnly(m, e.guard()) && injectedPair(scope, i, e) || componentPair(scope, i, e)) {
            return;
        }
        List<LockRef> outer = new ArrayList<>();
        for (LockRef h : e.held().locks()) {
            if (handedIn(m, h) != null) {
                outer.add(h);
            }
        }
        if (outer.isEmpty()) {
            return;
        }
        for (LockRef inner : taken(program, scope.context(), m, i, e)) {
            if (handedIn(m, inner) == null || e.held().contains(inner)) {
                continue; // not a parameter's lock, or already held (re-entrant)
            }
            for (LockRef h : outer) {
                if (!h.path().rootName().equals(inner.path().rootName()) && h.kind() == inner.kind()
                        && !handedIn(m, h).equals(handedIn(m, inner))
                        && h.path().fields().equals(inner.path().fields()) && sameType(program, m, h, inner)
                        && !orderDecided(m, e.guard(), h, inner)
                        && !orderedByCallers(program, m, h, inner)) {
                    scope.report(e.pos(), "`" + Describe.lock(inner) + "` is locked while holding `"
                            + Describe.lock(h) + "`, in the order the arguments were passed: a caller passing "
                            + "them the other way round at the same time deadlocks with this one; lock them in "
                            + "an order that does not depend on the call (by identity hash or id)").add();
                    return;
                }
            }
        }
    }

    private static List<LockRef> taken(Program program, RuleContext context, MethodInfo m, int index, Event e) {
        List<LockRef> result = new ArrayList<>();
        if (e instanceof Event.Acquire a && a.how().blocks()) {
            result.add(a.lock());
        } else if (e instanceof Event.Call) {
            for (MethodInfo t : program.callGraph().preciseTargets(m, index)) {
                for (Acquisition a : context.summaries().acquisitions(t)) {
                    LockRef mapped = a.lock() == null ? null : Frames.intoCaller(a.lock(), m, index, t, program);
                    if (mapped != null && a.how().blocks()) {
                        result.add(mapped);
                    }
                }
            }
        }
        return result;
    }

    /**
     * Reports nested locking of two fields of the object that hold objects of one type it was handed
     * ({@code synchronized (left) { synchronized (right) {...} }} with both forks passed to the
     * constructor), in a method threads the program starts run at once: another object handed the same two
     * the other way round (the next philosopher's left fork is this one's right) takes them in the opposite
     * order; whether it did is reported.
     */
    private static boolean injectedPair(MethodScope scope, int i, Event e) {
        MethodInfo m = scope.method();
        Pair p = nestedPair(scope, i, e, DynamicLockOrder::injected, (h, inner) -> runTwiceAtOnce(scope.summaries(), m));
        if (p == null) {
            return false;
        }
        scope.report(e.pos(), "`" + p.inner().name() + "` is locked while holding `" + p.outer().name() + "`: both hold `"
                + p.inner().facts().type().simpleName() + "` objects the object was handed, so another object handed the "
                + "same two the other way round (its `" + p.outer().name() + "` is this one's `" + p.inner().name()
                + "`) takes them in the opposite order at the same time, and both wait forever; lock them in one "
                + "global order (by id or identity hash)").add();
        return true;
    }

    /**
     * Reports nested locking of two fields of one object handed in as a parameter, each holding an object of
     * one type the maker of that object chose ({@code synchronized (t.from()) { synchronized (t.to()) {...} }}
     * on a transfer record), in a method threads can run twice at once: the lock order is the order its maker
     * put them in, and another such object made with the same two the other way round inverts it.
     */
    private static boolean componentPair(MethodScope scope, int i, Event e) {
        MethodInfo m = scope.method();
        Pair p = nestedPair(scope, i, e, DynamicLockOrder::handedComponent,
                (h, inner) -> h.path().rootName().equals(inner.path().rootName()) && !orderDecided(m, e.guard(), h, inner)
                        && runTwiceAtOnce(scope.summaries(), m));
        if (p == null) {
            return false;
        }
        String maker = p.inner().owner().simpleName();
        scope.report(e.pos(), "`" + Describe.lock(p.innerLock()) + "` is locked while holding `" + Describe.lock(p.outerLock())
                + "`: both are `" + p.inner().facts().type().simpleName() + "` objects that the `" + maker
                + "` handed in holds in the order its maker chose, so another `" + maker + "` made with the same two "
                + "the other way round, used at the same time, takes them in the opposite order, and both wait "
                + "forever; lock them in one global order (by id or identity hash)").add();
        return true;
    }

    /** Two locks nested at an event, each the monitor of a field that holds an object handed in. */
    private record Pair(FieldInfo outer, LockRef outerLock, FieldInfo inner, LockRef innerLock) {
    }

    /**
     * The first pair of a lock taken at event {@code i} and one held there that are the monitors of two
     * different fields ({@code field}) holding objects of one type, taken the same way, for which
     * {@code together} holds; {@code null} when there is none.
     */
    private static Pair nestedPair(MethodScope scope, int i, Event e, LockField field,
                                   BiPredicate<LockRef, LockRef> together) {
        Program program = scope.program();
        MethodInfo m = scope.method();
        for (LockRef inner : taken(program, scope.context(), m, i, e)) {
            FieldInfo b = field.of(program, m, inner);
            if (b == null || e.held().contains(inner)) {
                continue;
            }
            for (LockRef h : e.held().locks()) {
                FieldInfo a = field.of(program, m, h);
                if (a != null && a != b && h.kind() == inner.kind() && sameFieldType(program, a, b) && together.test(h, inner)) {
                    return new Pair(a, h, b, inner);
                }
            }
        }
        return null;
    }

    /** The field whose object a lock is the monitor of, as one kind of pair sees it, or {@code null}. */
    @FunctionalInterface
    private interface LockField {
        FieldInfo of(Program program, MethodInfo m, LockRef lock);
    }

    /**
     * The field a lock is the monitor of when it is a field of a parameter ({@code t.from}) that the
     * parameter's object was handed when made: a record's component, or a field every value stored in which
     * is a parameter of the method storing it; {@code null} otherwise.
     */
    private static FieldInfo handedComponent(Program program, MethodInfo m, LockRef lock) {
        AccessPath p = lock.path();
        if (p == null || p.root() != AccessPath.Root.PARAM || p.fields().size() != 1) {
            return null;
        }
        FieldInfo f = program.field(m, p);
        if (f == null || f.facts().isStatic()) {
            return null;
        }
        return f.owner().facts().kind() == TypeFacts.Kind.RECORD ? f : handedIn(f);
    }

    /**
     * The field of the object itself the lock is the monitor of, when every value stored in it is a parameter
     * of the method storing it (the object is handed what it locks); {@code null} otherwise.
     */
    private static FieldInfo injected(Program program, MethodInfo m, LockRef lock) {
        AccessPath p = lock.path();
        if (p == null || p.root() != AccessPath.Root.THIS || p.fields().size() != 1) {
            return null;
        }
        FieldInfo f = program.field(m, p);
        return f == null || f.facts().isStatic() ? null : handedIn(f);
    }

    /** The field when it has no initializer and every value its class stores in it is a parameter of the method storing it; else {@code null}. */
    private static FieldInfo handedIn(FieldInfo f) {
        if (!(f.facts().initializer() instanceof Value.Absent)) {
            return null;
        }
        boolean any = false;
        for (MethodInfo x : f.owner().methods()) {
            for (Event e : x.facts().events()) {
                if (e instanceof Event.FieldAccess fa && fa.kind().isWrite() && fa.path().isOwnField()
                        && fa.path().lastField().equals(f.name())) {
                    AccessPath v = fa.value().pathOrNull();
                    if (v == null || v.isField() || v.root() != AccessPath.Root.PARAM) {
                        return null;
                    }
                    any = true;
                }
            }
        }
        return any ? f : null;
    }

    private static boolean sameFieldType(Program program, FieldInfo a, FieldInfo b) {
        String ta = program.resolveType(a.facts().type(), a.owner());
        String tb = program.resolveType(b.facts().type(), b.owner());
        return ta != null && tb != null && (program.isSubtype(ta, tb) || program.isSubtype(tb, ta));
    }

    /**
     * Whether every condition the event is under is the condition of a loop around it (its header, on the
     * loop statement's line: {@code for (int i = 0; i < n; i++)}), not a test that decides which lock comes
     * first.
     */
    private static boolean loopConditionsOnly(MethodInfo m, int guard) {
        var guards = m.facts().guards();
        for (int g = guard; g >= 0; g = guards.get(g).parent()) {
            int line = guards.get(g).pos().line();
            if (m.facts().loops().stream().noneMatch(l -> l.pos().line() == line)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the threads that run {@code m} can run it twice at once (on two objects). */
    private static boolean runTwiceAtOnce(Summaries summaries, MethodInfo m) {
        var threads = summaries.threads().threads(m);
        return !threads.isEmpty() && summaries.threads().concurrent(threads, threads);
    }

    /**
     * Whether every caller passes the two arguments in an order it chose by a condition: the method is
     * the program's own (only calls in the program reach it), and each call passes, for one of the two
     * parameters, a local the caller set by a choice ({@code first = cmp <= 0 ? payer : payee}) or set in a
     * branch. The ordering decision is the caller's, made before the helper locks.
     */
    private static boolean orderedByCallers(Program program, MethodInfo m, LockRef a, LockRef b) {
        int ia = parameter(m, handedIn(m, a));
        int ib = parameter(m, handedIn(m, b));
        List<CallSite> callers = program.callGraph().callersOf(m);
        if (ia < 0 || ib < 0 || callers.isEmpty() || Api.exported(program, m)) {
            return false;
        }
        for (CallSite s : callers) {
            if (!(s.caller().facts().eventAt(s.event()) instanceof Event.Call call) || call.args().size() <= Math.max(ia, ib)
                    || !chosen(s.caller(), call.args().get(ia)) && !chosen(s.caller(), call.args().get(ib))) {
                return false;
            }
        }
        return true;
    }

    private static int parameter(MethodInfo m, String name) {
        var params = m.facts().params();
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether {@code v} is a local every assignment of which is a choice, or made in one of several branches
     * ({@code if (cmp <= 0) first = payer; else first = payee;}). One assignment under a condition chooses
     * nothing: {@code victim = queues[next]} after an early {@code continue} is set the same way every time.
     */
    private static boolean chosen(MethodInfo caller, Value v) {
        AccessPath p = v.pathOrNull();
        if (p == null || p.root() != AccessPath.Root.LOCAL || p.isField()) {
            return false;
        }
        int assigned = 0;
        boolean allChoices = true;
        for (Event e : caller.facts().events()) {
            if (e instanceof Event.LocalAssign la && la.local().equals(p.rootName())) {
                assigned++;
                if (!(la.value() instanceof Value.Choice) && la.guard() < 0) {
                    return false;
                }
                allChoices &= la.value() instanceof Value.Choice;
            }
        }
        return assigned > 0 && (allChoices || assigned > 1);
    }

    private static boolean onParameter(LockRef l) {
        return l.path() != null && l.path().root() == AccessPath.Root.PARAM;
    }

    /**
     * The parameter a lock's object was handed in by: the parameter itself, or a local the method set once
     * from a call given that one parameter ({@code Account from = require(fromId)}, {@code accounts.get(fromId)}),
     * so that the caller's argument order is the lock order; {@code null} otherwise.
     */
    private static String handedIn(MethodInfo m, LockRef l) {
        if (onParameter(l)) {
            return l.path().rootName();
        }
        if (l.path() == null || l.path().root() != AccessPath.Root.LOCAL) {
            return null;
        }
        String local = l.path().rootName();
        ElementLock element = ElementLock.of(l);
        if (element != null) {
            if (m.facts().params().stream().anyMatch(p -> p.name().equals(element.index()))) {
                return element.index();
            }
            local = element.index();
        }
        List<Event> events = m.facts().events();
        String param = null;
        for (Event e : events) {
            if (e instanceof Event.LocalAssign la && la.local().equals(local)) {
                if (param != null || !(la.value() instanceof Value.CallResult cr)
                        || !(events.get(cr.eventIndex()) instanceof Event.Call c)) {
                    return null; // assigned twice, or from something else than a call
                }
                param = onlyParameter(c);
                if (param == null) {
                    return null;
                }
            }
        }
        return param;
    }

    /** The one parameter a call is given (as an argument or its receiver), or {@code null}. */
    private static String onlyParameter(Event.Call c) {
        String found = null;
        List<Value> given = new ArrayList<>(c.args());
        given.add(c.receiver());
        for (Value v : given) {
            AccessPath p = v.pathOrNull();
            if (p != null && p.root() == AccessPath.Root.PARAM) {
                if (found != null) {
                    return null;
                }
                found = p.rootName();
            } else if (!(v instanceof Value.Implicit) && !(p != null && p.root() == AccessPath.Root.THIS)
                    && !(v instanceof Value.TypeName)) {
                return null; // another local or an expression: the caller's order may not be the one used
            }
        }
        return found;
    }

    /**
     * Whether a condition holding where the inner lock is taken (but a loop's) orders the two objects: it
     * tests a value computed from one of them, not the reference itself ({@code a.id < b.id},
     * {@code identityHashCode(a) < identityHashCode(b)}: a reference can only be tested for being the same
     * object, {@code from == to}, which orders nothing), or the method takes them the other way round too.
     */
    private static boolean orderDecided(MethodInfo m, int guard, LockRef outer, LockRef inner) {
        var guards = m.facts().guards();
        List<Event> events = m.facts().events();
        for (int g = guard; g >= 0; g = guards.get(g).parent()) {
            int line = guards.get(g).pos().line();
            if (m.facts().loops().stream().anyMatch(l -> l.pos().line() == line)) {
                continue;
            }
            for (dev.fearless.facts.Guard.Test t : guards.get(g).implied()) {
                if (computedFrom(events, t.subject(), outer, 0) || computedFrom(events, t.subject(), inner, 0)
                        || ElementLock.indexedBy(outer, t.subject()) || ElementLock.indexedBy(inner, t.subject())) {
                    return true;
                }
            }
        }
        for (Event e : events) {
            if (e instanceof Event.Acquire a && a.lock().equals(outer) && e.held().contains(inner)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code v} is computed from the lock's object: a field of it, or a call on it or given it. */
    private static boolean computedFrom(List<Event> events, Value v, LockRef lock, int depth) {
        String root = lock.path().rootName();
        AccessPath p = v.pathOrNull();
        if (p != null && p.rootName().equals(root) && p.isField()) {
            return true;
        }
        if (p != null && p.root() == AccessPath.Root.LOCAL && !p.isField() && !p.rootName().equals(root) && depth == 0) {
            for (Event e : events) {
                if (e instanceof Event.LocalAssign la && la.local().equals(p.rootName())
                        && computedFrom(events, la.value(), lock, 1)) {
                    return true;
                }
            }
            return false;
        }
        if (v instanceof Value.CallResult cr && cr.eventIndex() < events.size()
                && events.get(cr.eventIndex()) instanceof Event.Call c) {
            List<Value> given = new ArrayList<>(c.args());
            given.add(c.receiver());
            for (Value x : given) {
                AccessPath q = x.pathOrNull();
                if (q != null && q.rootName().equals(root) || computedFrom(events, x, lock, depth + 1) && depth < 2) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sameType(Program program, MethodInfo m, LockRef a, LockRef b) {
        ElementLock ea = ElementLock.of(a);
        ElementLock eb = ElementLock.of(b);
        if (ea != null || eb != null) {
            return ea != null && eb != null && ea.array().equals(eb.array());
        }
        String ta = program.staticType(m, new Value.PathValue(AccessPath.root(a.path().root(), a.path().rootName()))).name();
        String tb = program.staticType(m, new Value.PathValue(AccessPath.root(b.path().root(), b.path().rootName()))).name();
        return ta != null && tb != null && (program.isSubtype(ta, tb) || program.isSubtype(tb, ta));
    }

    /**
     * A lock that is an element of an array of locks, {@code synchronized (locks[i])}, as the extraction
     * names it (the expression's text, as a local): the array as written and the variable indexing it.
     */
    private record ElementLock(String array, String index) {

        private static final java.util.regex.Pattern TEXT =
                java.util.regex.Pattern.compile("\\(((?:this\\.)?[\\w$.]+)\\[([\\w$]+)\\]\\)");

        static ElementLock of(LockRef l) {
            if (l.path() == null || l.path().root() != AccessPath.Root.LOCAL || l.path().isField()) {
                return null;
            }
            var match = TEXT.matcher(l.path().rootName());
            return match.matches() ? new ElementLock(match.group(1), match.group(2)) : null;
        }

        /** Whether {@code v} is the variable that picks the lock's element: a test of it orders the locks. */
        static boolean indexedBy(LockRef l, Value v) {
            ElementLock e = of(l);
            AccessPath p = v.pathOrNull();
            return e != null && p != null && !p.isField() && p.rootName().equals(e.index());
        }
    }
}
