package dev.fearless.rules.misuse;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.Loop;
import dev.fearless.facts.Position;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import dev.fearless.summary.Describe;
import dev.fearless.rule.Family;
import dev.fearless.rule.Fix;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.rule.TypeMatcher;
import dev.fearless.summary.LogicalThread;
import dev.fearless.summary.Monitors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code notify()} (or {@code Condition.signal()}) on a monitor that threads wait on for different
 * conditions: the one thread woken may be waiting for a condition that is still false, and the
 * notification is lost for the thread that could proceed. Or on a monitor several threads at once wait
 * on for a state that a woken thread neither changes nor passes on ({@code while (remaining > 0) wait();}
 * and nothing after): once the state holds, only one of them is woken and the others wait forever.
 */
@RuleMeta(family = Family.MISUSE, severity = Severity.WARNING,
        summary = "notify()/signal() where threads wait on the same monitor for different conditions.",
        peers = {"spotbugs:NO_NOTIFY_NOT_NOTIFYALL", "pmd:UseNotifyAllInsteadOfNotify", "sonar:S2446"})
public final class NotifyInsteadOfNotifyAll implements TypeMatcher {

    /** A wait or notify on a monitor shared across the methods of a class. */
    private record Use(MethodInfo method, Event.Call call, String monitor) {
    }

    /** A wait in a loop that several threads can be in at once, for a state the waiting method leaves as it is. */
    private record SharedWait(MethodInfo method, String condition, String threads) {
    }

    @Override
    public void matchType(RuleContext context, TypeInfo type) {
        Program program = context.program();
        // by monitor: what each wait waits for ({@link Loop#predicate}), with the condition as its code says it
        Map<String, TreeMap<String, String>> conditions = new HashMap<>();
        Map<String, SharedWait> sharedWaits = new HashMap<>();
        List<Use> notifies = new ArrayList<>();
        for (MethodInfo m : type.methods()) {
            for (Event e : m.facts().events()) {
                if (!(e instanceof Event.Call call)) {
                    continue;
                }
                String monitor = sharedMonitor(m, call.receiver());
                if (monitor == null) {
                    continue;
                }
                var traits = program.traits(m, call);
                if (traits.contains(MethodTrait.WAIT) && e.loop() >= 0) {
                    Loop loop = m.facts().loops().get(e.loop());
                    if (!loop.condition().isEmpty()) {
                        TreeMap<String, String> waited = conditions.computeIfAbsent(monitor, k -> new TreeMap<>());
                        waited.putIfAbsent(loop.predicate(), loop.condition());
                        SharedWait shared = sharedWait(context, m, e.loop(), loop);
                        if (shared != null) {
                            sharedWaits.putIfAbsent(monitor, shared);
                        }
                        String own = ownFieldRead(m, loop);
                        if (own != null && sharedByAllInstances(m, call.receiver())) {
                            // One monitor for every instance, a condition on each instance's own field: the
                            // waiters of two instances wait for different things.
                            String other = loop.condition() + " of another instance, whose `" + own + "` differs";
                            waited.putIfAbsent(other, other);
                        }
                    }
                } else if (call.arity() == 0 && wakesOne(program, m, call)) {
                    notifies.add(new Use(m, call, monitor));
                }
            }
        }
        for (Use n : notifies) {
            TreeSet<String> waitedFor = new TreeSet<>(conditions.getOrDefault(n.monitor(), new TreeMap<>()).values());
            SharedWait shared = sharedWaits.get(n.monitor());
            if (waitedFor.size() < 2 && shared == null) {
                continue;
            }
            String all = program.knowledge().counterpart(n.call().name(), MethodTrait.NOTIFY, MethodTrait.NOTIFY_ALL);
            Position p = n.call().pos();
            String monitor = Describe.value(n.method(), n.call().receiver());
            String why = waitedFor.size() >= 2
                    ? "threads wait on it for different conditions (" + String.join("; ", waitedFor) + "): the one "
                    + "woken may still have to wait, and the signal is lost for the thread that could go on"
                    : "several threads can wait on it at once for `" + shared.condition() + "` (in "
                    + Describe.entry(shared.method()) + ", run by " + shared.threads() + "), and the one woken "
                    + "neither changes that state nor wakes another: the others go on waiting though it holds for them too";
            context.report(n.method(), p, "`" + n.call().name() + "()` wakes one thread waiting on `" + monitor
                    + "`, but " + why + "; call " + all + "()")
                    .fix(new Fix("Call " + all + "()", List.of(new Fix.Replacement(n.method().path(),
                            Position.of(p.line(), p.column(), p.line(), p.column() + n.call().name().length()),
                            all))))
                    .add();
        }
    }

    /**
     * The wait of {@code m} in {@code loop}, when threads that can run {@code m} at once wait there for
     * a state of fields of the object the loop's condition reads, and {@code m} neither changes any of
     * them, calls anything on them or on the object, nor wakes anyone: a waiter woken takes nothing, so the
     * state that woke it holds for every other waiter too. {@code null} otherwise.
     */
    private static SharedWait sharedWait(RuleContext context, MethodInfo m, int loopId, Loop loop) {
        List<Event> events = m.facts().events();
        // the state the condition tests: the fields it reads, and those it asks (`pending.isEmpty()`)
        List<AccessPath> reads = new java.util.ArrayList<>(loop.conditionReads());
        java.util.Set<Integer> asks = new java.util.HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            AccessPath on = events.get(i) instanceof Event.Call c ? c.receiver().pathOrNull() : null;
            if (on != null && on.isOwnField() && events.get(i).loop() == loopId
                    && events.get(i).pos().line() == loop.pos().line()) {
                reads.add(on);
                asks.add(i);
            }
        }
        if (reads.isEmpty() || reads.stream().anyMatch(r -> r.root() != AccessPath.Root.THIS || r.fields().size() != 1)) {
            return null;
        }
        Program program = context.program();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (asks.contains(i)) {
                continue; // the condition's own question changes nothing
            }
            if (e instanceof Event.FieldAccess a && a.kind().isWrite() && reads.stream().anyMatch(r -> a.path().startsWith(r))) {
                return null;
            }
            if (e instanceof Event.Call c) {
                var traits = program.traits(m, c);
                AccessPath on = c.receiver().pathOrNull();
                if (traits.contains(MethodTrait.NOTIFY) || traits.contains(MethodTrait.NOTIFY_ALL)
                        || on != null && reads.stream().anyMatch(on::startsWith)
                        || c.receiver().isSelf() && !program.callGraph().targets(m, i).isEmpty()) {
                    return null;
                }
            }
        }
        var threads = context.summaries().threads().threads(m);
        if (threads.isEmpty() || !context.summaries().threads().concurrent(threads, threads)
                || context.summaries().threads().startedOncePerObject(threads)) {
            return null;
        }
        LogicalThread named = threads.threads().get(0);
        String who = threads.threads().size() > 1 || threads.more() ? named.description() + " (among others)" : named.description();
        return new SharedWait(m, loop.condition(), who);
    }

    /** Whether the call wakes one waiting thread: Object's notify, or a Condition's signal. */
    private static boolean wakesOne(Program program, MethodInfo m, Event.Call call) {
        if (program.knowledge().objectMethodTraits(call.name(), call.arity()).contains(MethodTrait.NOTIFY)) {
            return true;
        }
        String type = program.staticType(m, call.receiver()).name();
        return program.is(type, TypeTrait.CONDITION)
                && program.methodTraits(type, call.name(), call.arity()).contains(MethodTrait.NOTIFY);
    }

    /**
     * The name of a field of the waiting object that the loop's condition reads ({@code time != step},
     * {@code step} an instance field), or null. Final fields' reads are not events, so the condition's
     * names are looked up among the class's instance fields, less the method's parameters and locals.
     */
    private static String ownFieldRead(MethodInfo m, Loop loop) {
        if (m.facts().isStatic()) {
            return null;
        }
        for (AccessPath p : loop.conditionReads()) {
            if (p.root() == AccessPath.Root.THIS && p.fields().size() == 1) {
                return p.lastField();
            }
        }
        Set<String> variables = new HashSet<>();
        m.facts().params().forEach(v -> variables.add(v.name()));
        m.facts().locals().forEach(v -> variables.add(v.name()));
        for (String word : loop.condition().split("[^A-Za-z0-9_$]+")) {
            if (variables.contains(word)) {
                continue;
            }
            for (FieldInfo f : m.owner().fields()) {
                if (f.name().equals(word) && !f.facts().isStatic()) {
                    return word;
                }
            }
        }
        return null;
    }

    /** Whether the monitor is one lock for the whole class: a static field's object, or a class literal. */
    private static boolean sharedByAllInstances(MethodInfo m, Value receiver) {
        LockRef lock = Monitors.monitorOf(m, receiver);
        return lock != null && (lock.kind() == LockRef.Kind.CLASS || lock.path().root() == AccessPath.Root.STATIC);
    }

    /** A name for the monitor that is the same in every method of the class (own fields, this, statics), or null. */
    private static String sharedMonitor(MethodInfo m, Value receiver) {
        LockRef lock = Monitors.monitorOf(m, receiver);
        if (lock == null) {
            return null;
        }
        if (lock.kind() == LockRef.Kind.CLASS) {
            return lock.toString();
        }
        AccessPath p = lock.path();
        return p.root() == AccessPath.Root.THIS || p.root() == AccessPath.Root.STATIC ? p.toString() : null;
    }
}
