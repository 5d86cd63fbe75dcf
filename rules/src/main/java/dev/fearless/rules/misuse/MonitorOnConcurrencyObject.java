package dev.fearless.rules.misuse;

import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.Position;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.CallSite;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import dev.fearless.program.StaticType;
import dev.fearless.summary.Describe;
import dev.fearless.summary.RaceFields;
import dev.fearless.summary.Summaries;
import dev.fearless.rule.EventKind;
import dev.fearless.rule.EventMatcher;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import java.util.List;
import java.util.Set;

/**
 * Mixing the two locking worlds: {@code synchronized} on a java.util.concurrent lock, synchronizer or
 * atomic (its monitor has nothing to do with its own locking), or {@code wait}/{@code notify} on a
 * Condition (instead of await/signal).
 */
@RuleMeta(family = Family.MISUSE, severity = Severity.WARNING,
        summary = "synchronized on a Lock, Condition, synchronizer or atomic; wait/notify on a Condition.",
        peers = {"spotbugs:JLM_JSR166_LOCK_MONITORENTER", "spotbugs:JLM_JSR166_UTILCONCURRENT_MONITORENTER",
                "spotbugs:DM_MONITOR_WAIT_ON_CONDITION", "sonar:S2442", "sonar:S1844"})
public final class MonitorOnConcurrencyObject implements EventMatcher {

    private static final List<TypeTrait> CONCURRENCY_OBJECTS = List.of(TypeTrait.LOCK, TypeTrait.RWLOCK,
            TypeTrait.CONDITION, TypeTrait.SYNCHRONIZER, TypeTrait.ATOMIC);

    /**
     * Whether the monitor of a private final atomic field is used only as a condition queue: every
     * synchronized block on it, in its class and the classes nested in it, calls wait/notify/notifyAll
     * on it. Such a monitor is the guarded wait on the atomic's own value (wait until it is set, notify
     * after setting it); no code uses it for exclusion that the atomic's lock-free operations could
     * bypass.
     */
    private static boolean conditionQueueOnly(Program program, MethodInfo m, Event.Acquire at) {
        AccessPath p = at.lockExpression() == null ? null : at.lockExpression().pathOrNull();
        if (p == null || !p.isOwnField()) {
            return false;
        }
        FieldInfo field = m.owner().declaredField(p.lastField());
        if (field == null || !field.facts().isPrivate() || !field.facts().isFinal() || field.facts().isStatic()) {
            return false;
        }
        boolean any = false;
        for (TypeInfo t : program.types()) {
            if (!nestedIn(t, m.owner())) {
                continue;
            }
            for (MethodInfo x : t.methods()) {
                List<Event> events = x.facts().events();
                for (Event e : events) {
                    if (!(e instanceof Event.Acquire a) || !a.how().isMonitor() || a.lockExpression() == null) {
                        continue;
                    }
                    AccessPath q = a.lockExpression().pathOrNull();
                    if (q == null || !q.isField() || !q.lastField().equals(p.lastField())) {
                        continue;
                    }
                    if (!waitsOrNotifies(program, events, a)) {
                        return false;
                    }
                    any = true;
                }
            }
        }
        return any;
    }

    /**
     * Where the concurrent collection in the own field locked by {@code at} is changed, by the code of its
     * class, without that field's monitor held; {@code null} when every change holds it (the monitor then
     * makes the changes atomic against each other, and lock-free reads are what the collection is for).
     */
    private static Position usedOutsideItsMonitor(Program program, Summaries summaries, MethodInfo m, Event.Acquire at,
                                                  java.util.function.Predicate<String> changes) {
        AccessPath p = at.lockExpression() == null ? null : at.lockExpression().pathOrNull();
        if (p == null || !p.isOwnField() || p.fields().size() != 1) {
            return null;
        }
        FieldInfo field = program.field(m, p);
        if (field == null) {
            return null;
        }
        for (TypeInfo t : program.types()) {
            if (!nestedIn(t, field.owner())) {
                continue;
            }
            for (MethodInfo x : t.methods()) {
                if (x.facts().isInitialization() || RaceFields.forTesting(x)) {
                    continue;
                }
                for (Event e : x.facts().events()) {
                    if (e instanceof Event.Call c && c.receiver().pathOrNull() != null
                            && c.receiver().pathOrNull().isField() && c.receiver().pathOrNull().fields().size() == 1
                            && program.field(x, c.receiver().pathOrNull()) == field
                            && !summaries.heldAt(x, c.held()).contains(at.lock())
                            && !everySelfCallerHolds(program, summaries, x, at.lock())
                            && changes.test(c.name())) {
                        return c.pos();
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether the program calls {@code m} only on its own object ({@code helper()}) and always holding
     * {@code lock} (a public "unsafe" variant whose one caller takes the monitor first).
     */
    private static boolean everySelfCallerHolds(Program program, Summaries summaries, MethodInfo m, LockRef lock) {
        List<CallSite> callers = program.callGraph().callersOf(m);
        if (callers.isEmpty()) {
            return false;
        }
        for (CallSite s : callers) {
            Event e = s.caller().facts().events().get(s.event());
            if (!(e instanceof Event.Call c) || !(c.receiver() instanceof Value.Implicit || c.receiver().pathOrNull() != null
                    && c.receiver().pathOrNull().isThis()) || !summaries.heldAt(s.caller(), c.held()).contains(lock)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A block on an atomic's monitor. The monitor has nothing to do with the atomic's own operations, which
     * never take it: it is a warning when the block makes several calls on the atomic (a get and then a
     * set, meant to be atomic together) while code of the class also changes the atomic without the
     * monitor, which the block does not exclude. Otherwise the monitor serves as a plain lock (for other
     * state, or around every change of the atomic: sshd's {@code kexState}, which guards the key-exchange
     * future): a note, since a dedicated lock object would say so plainly, but nothing is left unexcluded.
     */
    private static void reportAtomic(MethodScope scope, int index, Event.Acquire a, StaticType type) {
        Program program = scope.program();
        MethodInfo m = scope.method();
        Position outside = usedOutsideItsMonitor(program, scope.summaries(), m, a,
                name -> program.knowledge().inGroup(NameGroup.ATOMIC_WRITE, name)
                        || program.knowledge().inGroup(NameGroup.ATOMIC_UPDATE, name)
                        || program.knowledge().inGroup(NameGroup.ATOMIC_STEP, name));
        boolean compound = callsInBlock(m, index, a) >= 2;
        String head = "synchronized on `" + Describe.value(m, a.lockExpression()) + "`, a "
                + Describe.simple(type.name()) + ": its monitor is unrelated to its own locking";
        if (outside != null && compound) {
            scope.report(a.pos(), head + ", and it is also changed outside such a block (line " + outside.line()
                    + "), so the calls this block makes on it are not atomic against that change; use its atomic "
                    + "operations (compareAndSet, updateAndGet) or hold the monitor around every change").add();
        } else {
            scope.report(a.pos(), head + "; here it serves as a plain lock ("
                    + (outside == null ? "every change of the atomic holds it" : "the block makes no compound of calls on the atomic")
                    + "), so nothing is left unexcluded, but a dedicated lock object would say so").note().add();
        }
    }

    /** How many calls the block that {@code a} (event {@code at}) opens makes on the object it locks. */
    private static int callsInBlock(MethodInfo m, int at, Event.Acquire a) {
        List<Event> events = m.facts().events();
        int calls = 0;
        for (int i = at + 1; i < events.size(); i++) {
            Event e = events.get(i);
            if (!e.held().contains(a.lock())) {
                break;
            }
            if (e instanceof Event.Call c && a.lockExpression().equals(c.receiver())) {
                calls++;
            }
        }
        return calls;
    }

    private static boolean nestedIn(TypeInfo t, TypeInfo owner) {
        for (TypeInfo x = t; x != null; x = x.enclosing()) {
            if (x == owner) {
                return true;
            }
        }
        return false;
    }

    /** Whether, while the monitor taken by {@code a} is held, its method calls wait/notify/notifyAll on the same object. */
    private static boolean waitsOrNotifies(Program program, List<Event> events, Event.Acquire a) {
        for (Event e : events) {
            if (e instanceof Event.Call c && MethodTrait.monitorOp(program.knowledge().objectMethodTraits(c.name(), c.arity()))
                    && c.held().contains(a.lock())
                    && a.lockExpression().equals(c.receiver())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the monitor is the object's own, in the program's class that implements the concurrency type
     * ({@code class Gate implements Condition} waiting on {@code this}): there its monitor is its locking.
     */
    private static boolean ownImplementation(Program program, Value object, StaticType type) {
        AccessPath p = object == null ? null : object.pathOrNull();
        boolean self = object instanceof Value.Implicit || p != null && p.isThis();
        return self && type.name() != null && program.type(type.name()) != null;
    }

    @Override
    public Set<EventKind> eventKinds() {
        return Set.of(EventKind.ACQUIRE, EventKind.CALL);
    }

    @Override
    public void matchEvent(MethodScope scope, int index, Event event) {
        Program program = scope.program();
        if (event instanceof Event.Acquire a && a.how() == Event.AcquireKind.SYNCHRONIZED_BLOCK) {
            StaticType type = program.staticType(scope.method(), a.lockExpression());
            if (ownImplementation(program, a.lockExpression(), type)) {
                return;
            }
            boolean atomic = program.is(type.name(), TypeTrait.ATOMIC);
            if (atomic) {
                if (!conditionQueueOnly(program, scope.method(), a)) {
                    reportAtomic(scope, index, a, type);
                }
            } else if (CONCURRENCY_OBJECTS.stream().anyMatch(t -> program.is(type.name(), t))) {
                scope.report(a.pos(), "synchronized on `" + Describe.value(scope.method(),
                        a.lockExpression()) + "`, a " + Describe.simple(type.name()) + ": its monitor is unrelated "
                        + "to its own locking, so this block does not exclude code that uses it properly"
                        + (program.is(type.name(), TypeTrait.LOCK) ? "; use lock() and unlock()" : "")).add();
            } else if (program.is(type.name(), TypeTrait.CONCURRENT) && !conditionQueueOnly(program, scope.method(), a)) {
                Position outside = usedOutsideItsMonitor(program, scope.summaries(), scope.method(), a,
                        name -> program.knowledge().inGroup(NameGroup.COLLECTION_WRITE, name));
                if (outside != null) {
                    boolean single = callsInBlock(scope.method(), index, a) <= 1;
                    var finding = scope.report(a.pos(), "synchronized on `" + Describe.value(scope.method(), a.lockExpression())
                            + "`, a " + Describe.simple(type.name()) + ": its own operations do not take its monitor, and "
                            + "it is also changed outside such a block (line " + outside.line() + "), so this block "
                            + "does not make its calls atomic against that change; use the collection's atomic "
                            + "operations (compute, merge, putIfAbsent) or hold the monitor around every change"
                            + (single ? "; the block makes one call on it, which the collection makes safe on its own, "
                                    + "so the monitor is only redundant there" : ""));
                    if (single) {
                        finding.note(); // nothing in the block is meant to be atomic beyond that one call
                    }
                    finding.add();
                }
            }
        } else if (event instanceof Event.Call call && call.arity() <= 2) {
            Set<MethodTrait> onObject = program.knowledge().objectMethodTraits(call.name(), call.arity());
            if (!MethodTrait.monitorOp(onObject)) {
                return;
            }
            boolean waits = onObject.contains(MethodTrait.WAIT);
            boolean notifies = onObject.contains(MethodTrait.NOTIFY);
            StaticType type = program.staticType(scope.method(), call.receiver());
            if (program.is(type.name(), TypeTrait.CONDITION) && !ownImplementation(program, call.receiver(), type)) {
                String instead = waits ? "await()" : notifies ? "signal()" : "signalAll()";
                scope.report(call.pos(), "`" + call.name() + "()` on Condition `"
                        + Describe.value(scope.method(), call.receiver()) + "` uses its monitor, not the condition: "
                        + "call " + instead).add();
            }
        }
    }
}
