package dev.fearless.rules.publication;

import dev.fearless.knowledge.AnnotationTrait;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Contract;
import dev.fearless.facts.Event;
import dev.fearless.facts.Guard;
import dev.fearless.facts.Value;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.StaticType;
import dev.fearless.program.TypeInfo;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodMatcher;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.summary.Conflicts;
import dev.fearless.summary.Evidence;
import dev.fearless.summary.FieldUse;
import dev.fearless.summary.Immutables;
import dev.fearless.summary.LazyInits;
import dev.fearless.summary.Summaries;
import dev.fearless.summary.ThreadContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lazy initialization with no lock: {@code if (x == null) x = new X(...)} (or {@code x = create()}) on a
 * non-volatile static field, or on an instance field of a class with evidence of being shared between
 * threads. Two threads can both see null and both build the object, and a plain store lets another
 * thread see the reference before the object's fields. Under a lock (including a helper only called
 * under one), on volatile fields, in constructors, and for immutable values that only get recomputed
 * (the racy single-check idiom), it is not reported.
 */
@RuleMeta(family = Family.PUBLICATION, severity = Severity.WARNING,
        summary = "Lazy initialization (if (x == null) x = new ...) of a static or shared field without a lock.",
        peers = {"spotbugs:LI_LAZY_INIT_STATIC", "pmd:NonThreadSafeSingleton", "sonar:S2444", "intellij:NonThreadSafeLazyInitialization"})
public final class UnsafeLazyInit implements MethodMatcher {

    @Override
    public void matchMethod(MethodScope scope) {
        Set<String> reported = new HashSet<>(); // one report per field and method
        for (Event event : scope.facts().events()) {
            check(scope, event, reported);
        }
    }

    private static void check(MethodScope scope, Event event, Set<String> reported) {
        RuleContext context = scope.context();
        Program program = scope.program();
        Summaries summaries = scope.summaries();
        if (!(event instanceof Event.FieldAccess w) || w.kind() != Event.AccessKind.WRITE
                || !(w.path().isOwnField() || w.path().isStaticField())) {
            return;
        }
        MethodInfo m = scope.method();
        if (m.declaringMethod().facts().isInitialization() || m.facts().isClosure()
                && m.facts().dispatch() != dev.fearless.facts.Dispatch.HERE) {
            return;
        }
        FieldInfo f = program.field(m, w.path());
        if (f == null || f.facts().isFinal() || f.facts().isVolatile()
                || program.knowledge().annotated(f.facts().annotations(), AnnotationTrait.LAZY_INIT)
                || f.facts().isStatic() != w.path().isStaticField()) {
            return;
        }
        Guard check = LazyInits.nullCheck(m, w);
        if (check == null || !created(m, w.value()) || !summaries.heldAt(m, w.held()).isEmpty()
                || !check.held().isEmpty()) {
            return;
        }
        Evidence evidence = summaries.evidence(f.owner());
        if (evidence.notThreadSafe() || f.owner().facts().documented() == Contract.NOT_THREAD_SAFE || !usedAfter(m, w)) {
            return;
        }
        String shared = f.facts().isStatic() ? "it is shared by every thread" : shared(program, summaries, f, m, evidence);
        if (shared == null) {
            return;
        }
        if (Immutables.builtTwiceUnnoticed(program, m, w.value())
                && !singleton(program, m, w.value(), f) && !keepsChangingState(program, summaries, m, w.value())
                && !startsThreads(program, m, w.value())) {
            return;
        }
        if (reported.add(m + "|" + f)) {
            report(context, m, w, f, check, shared);
        }
    }

    /**
     * Whether objects of the built value's class keep state that their methods change after
     * construction, in containers their final fields hold (a pool's queue of idle connections): two
     * copies a race builds then diverge, each thread using and changing its own, so which one is kept
     * matters although every field is final.
     */
    private static boolean keepsChangingState(Program program, Summaries summaries, MethodInfo m, Value v) {
        String type = program.staticType(m, v).name();
        for (TypeInfo c = type == null ? null : program.type(type); c != null; c = program.type(c.superclass())) {
            for (FieldInfo field : c.fields()) {
                if (field.facts().isStatic() || !field.facts().isFinal()) {
                    continue;
                }
                for (FieldUse u : summaries.uses(field)) {
                    if (u.op().isWrite() && u.op().throughContents() && !u.originMethod().facts().isInitialization()
                            && !summaries.construction().only(u.originMethod())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the stored value is built here: a new object, a call's result, or a local holding one. */
    private static boolean created(MethodInfo m, Value v) {
        if (v instanceof Value.NewValue || v instanceof Value.CallResult) {
            return true;
        }
        AccessPath p = v.pathOrNull();
        if (p == null || p.isField() || p.root() != AccessPath.Root.LOCAL) {
            return false;
        }
        boolean any = false;
        for (Event e : m.facts().events()) {
            if (e instanceof Event.LocalAssign la && la.local().equals(p.rootName())) {
                if (!(la.value() instanceof Value.NewValue || la.value() instanceof Value.CallResult)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * Why the instance field is shared between threads, or null: the class is annotated thread-safe or is
     * a container singleton; tasks on other threads use the field; the field is accessed under a lock
     * elsewhere; or the class has locks or volatile/atomic state and this code path uses them.
     */
    private static String shared(Program program, Summaries summaries, FieldInfo f, MethodInfo m, Evidence e) {
        String type = "`" + f.owner().simpleName() + "`";
        if (e.threadSafe()) {
            return type + (f.owner().facts().documented() == Contract.SHARED ? " is documented to be shared between threads"
                    : " is annotated thread-safe");
        }
        if (e.singleton()) {
            return type + " is a container-managed singleton, used by every request thread";
        }
        for (FieldUse u : summaries.uses(f)) {
            if (u.context() == ThreadContext.TASK && !Conflicts.writesHeldInTurn(program, summaries, u, m)) {
                return "a task on another thread (`" + u.method().display() + "`) uses it too";
            }
        }
        FieldUse locked = mostlyLocked(program, summaries.uses(f));
        if (locked != null) {
            return "its other accesses hold a lock (`" + dev.fearless.summary.Describe.lock(locked.held().locks().get(0))
                    + "` in `" + locked.method().display() + "`)";
        }
        // objects that move between threads with their callers' callbacks are used by their holders in turn
        if (concurrencyAware(program, m, 2) && !summaries.heldInTurn(program, f.owner())) {
            return type + " is used by several threads (this code also uses its locks or volatile/atomic state)";
        }
        return null;
    }

    /**
     * A use under a lock, when at least as many places touch the field under a lock as without one; else
     * null. The monitor an override holds only because the library method it overrides is declared
     * {@code synchronized} ({@code InputStream.mark}) is held by convention, not for the field.
     */
    private static FieldUse mostlyLocked(Program program, List<FieldUse> uses) {
        Set<String> locked = new HashSet<>();
        Set<String> unlocked = new HashSet<>();
        FieldUse example = null;
        for (FieldUse u : uses) {
            String site = u.originMethod() + "@" + u.origin();
            if (u.held().isEmpty() || synchronizedByConvention(program, u)) {
                unlocked.add(site);
            } else {
                locked.add(site);
                example = example == null ? u : example;
            }
        }
        unlocked.removeAll(locked);
        return example != null && locked.size() >= unlocked.size() ? example : null;
    }

    /**
     * Whether the only lock held at the use is the monitor of the object its entry holds as a
     * {@code synchronized} override of a library method declared so by convention ({@code InputStream.mark}).
     */
    private static boolean synchronizedByConvention(Program program, FieldUse u) {
        return conventionSynchronized(program, u.method()) && u.held().locks().size() == 1
                && u.held().locks().get(0).path() != null && u.held().locks().get(0).path().isThis();
    }

    /** Whether {@code m} is a {@code synchronized} override of a library method declared so by convention. */
    private static boolean conventionSynchronized(Program program, MethodInfo m) {
        return m.facts().isSynchronized() && !m.facts().isStatic()
                && program.methodTraits(m.owner().name(), m.name(), m.facts().params().size())
                        .contains(MethodTrait.SYNCHRONIZED_SIGNATURE);
    }

    /** Whether the method, or a method calling it, takes a lock or uses a volatile or atomic instance field. */
    private static boolean concurrencyAware(Program program, MethodInfo m, int depth) {
        List<Event> events = m.facts().events();
        boolean convention = conventionSynchronized(program, m);
        for (Event e : events) {
            if (e instanceof Event.Acquire a && !(convention && a.lock().path() != null && a.lock().path().isThis())) {
                return true;
            }
            AccessPath p = Event.touched(e);
            if (p == null || !p.isOwnField()) {
                continue;
            }
            FieldInfo f = program.field(m, p);
            if (f == null || f.facts().isStatic()) {
                continue;
            }
            String type = program.resolveType(f.facts().type(), f.owner());
            if (e instanceof Event.FieldAccess && f.facts().isVolatile()
                    || e instanceof Event.Call && type != null && program.is(type, dev.fearless.knowledge.TypeTrait.ATOMIC)) {
                return true;
            }
        }
        if (depth > 0) {
            for (var site : program.callGraph().callersOf(m)) {
                if (site.caller().owner() == m.owner() && concurrencyAware(program, site.caller(), depth - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the method uses the field after initializing it, the shape of a lazy getter: it returns the
     * field (or a local copy of it), or the result of a call on it (also kept in a local first:
     * {@code Codec c = codecs.get(name); ...; return c;}).
     */
    private static boolean usedAfter(MethodInfo m, Event.FieldAccess w) {
        List<Event> events = m.facts().events();
        Set<String> aliases = new HashSet<>();
        for (Event e : events) {
            if (e instanceof Event.LocalAssign la && (w.path().equals(la.value().pathOrNull())
                    || la.value() instanceof Value.CallResult cr && cr.eventIndex() >= 0 && cr.eventIndex() < events.size()
                    && events.get(cr.eventIndex()) instanceof Event.Call call && w.path().equals(call.receiver().pathOrNull()))) {
                aliases.add(la.local());
            }
        }
        for (Event e : events) {
            if (!(e instanceof Event.Return r) || e.pos().compareTo(w.pos()) < 0) {
                continue;
            }
            Value v = r.value();
            if (v instanceof Value.CallResult cr && cr.eventIndex() >= 0 && cr.eventIndex() < events.size()
                    && events.get(cr.eventIndex()) instanceof Event.Call call) {
                v = call.receiver();
            }
            AccessPath p = v.pathOrNull();
            if (p != null && (p.equals(w.path()) || !p.isField() && p.root() == AccessPath.Root.LOCAL
                    && aliases.contains(p.rootName()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether building an object of the built value's class starts threads: its constructors (or its
     * program superclasses') start a thread, hand work to an executor or make one
     * ({@code evictor = Executors.newSingleThreadScheduledExecutor(); evictor.scheduleWithFixedDelay(...)}).
     * A second copy a race builds then leaves threads running that nothing stops, although every field
     * is final.
     */
    private static boolean startsThreads(Program program, MethodInfo m, Value v) {
        String type = program.staticType(m, v).name();
        for (TypeInfo c = type == null ? null : program.type(type); c != null; c = program.type(c.superclass())) {
            for (MethodInfo ctor : c.methods()) {
                if (!ctor.facts().isInitialization() || ctor.facts().isStatic()) {
                    continue;
                }
                List<Event> events = ctor.facts().events();
                for (int i = 0; i < events.size(); i++) {
                    if (events.get(i) instanceof Event.Call call && (program.traits(ctor, call).contains(MethodTrait.STARTS)
                            || program.traits(ctor, call).contains(MethodTrait.RUNS_ELSEWHERE)
                            || makesThreads(program, program.staticType(ctor, new Value.CallResult(i)).name()))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether a value of the type runs threads of its own: an executor or a thread. */
    private static boolean makesThreads(Program program, String type) {
        return type != null && (program.is(type, TypeTrait.EXECUTOR) || program.is(type, TypeTrait.THREAD));
    }

    /** A singleton: the field holds an instance of its own class, so identity matters even if immutable. */
    private static boolean singleton(Program program, MethodInfo m, Value v, FieldInfo f) {
        StaticType t = program.staticType(m, v);
        return t.name() != null && t.name().equals(f.owner().name());
    }

    private static void report(RuleContext context, MethodInfo m, Event.FieldAccess w, FieldInfo f, Guard check,
                               String shared) {
        String kind = f.facts().isStatic() ? "static `" + f.name() + "`" : "`" + f.name() + "`";
        context.report(m, w.pos(), kind + " is lazily initialized without a lock, and " + shared + ": two threads can "
                + "both see null and create it twice, and another thread can see the reference before the object is "
                + "fully built; initialize it eagerly or in a holder class, or under a lock")
                .related(m, check.pos(), "`" + f.name() + "` is checked for null here, without a lock")
                .related(f.owner(), f.facts().pos(), "`" + f.name() + "` is neither final nor volatile")
                .add();
    }
}
