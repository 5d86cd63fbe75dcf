package dev.fearless.rules.misuse;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.rule.EventKind;
import dev.fearless.rule.EventMatcher;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.summary.Describe;
import dev.fearless.summary.Monitors;
import java.util.List;
import java.util.Set;

/**
 * {@code notify()} or {@code notifyAll()} that changes no state under the monitor, on a monitor a thread
 * of the class waits on without testing any state ({@code synchronized (done) { done.wait(); }}): the
 * notification is all the waiter goes by, and nothing records it. Made before that thread reaches its
 * wait (the notifier can run whole between the waiter's hand-off and its {@code synchronized}), it is
 * lost, and the waiter waits for ever.
 */
@RuleMeta(family = Family.MISUSE, severity = Severity.WARNING,
        summary = "notify()/notifyAll() with no state change, on a monitor waited on without a condition: a notification made first is lost.",
        peers = {"spotbugs:NN_NAKED_NOTIFY", "intellij:NakedNotify"})
public final class NakedNotify implements EventMatcher {

    @Override
    public Set<EventKind> eventKinds() {
        return Set.of(EventKind.CALL);
    }

    @Override
    public void matchEvent(MethodScope scope, int index, Event event) {
        Program program = scope.program();
        MethodInfo m = scope.method();
        if (!(event instanceof Event.Call call) || !call.args().isEmpty()
                || !program.knowledge().objectMethodTraits(call.name(), 0).contains(MethodTrait.NOTIFY)
                && !program.knowledge().objectMethodTraits(call.name(), 0).contains(MethodTrait.NOTIFY_ALL)) {
            return;
        }
        LockRef monitor = Monitors.monitorOf(m, call.receiver());
        if (monitor == null || !call.held().contains(monitor) || changesState(m, index, monitor)) {
            return;
        }
        Waiter waiter = statelessWait(program, m, monitor);
        if (waiter == null) {
            return;
        }
        String name = Describe.value(m, call.receiver());
        scope.report(call.pos(), "`" + name + "." + call.name() + "()` changes no state under `" + name + "`, and `"
                        + waiter.method().display() + "` waits on it (line " + waiter.call().pos().line() + ") without "
                        + "testing any: a notification made before that thread waits is lost, and it waits for ever; "
                        + "set a flag under the monitor before notifying, and wait in a loop until it is set")
                .related(waiter.method(), waiter.call().pos(), "waits here, for the notification alone")
                .add();
    }

    /** A wait on a monitor, where it is made. */
    private record Waiter(MethodInfo method, Event.Call call) {
    }

    /**
     * Whether the code holding the monitor before the notification (back to where it was taken) changes
     * anything: a field write, or any call, which may change state the waiter reads.
     */
    private static boolean changesState(MethodInfo m, int index, LockRef monitor) {
        List<Event> events = m.facts().events();
        for (int i = index - 1; i >= 0; i--) {
            Event e = events.get(i);
            if (!e.held().contains(monitor)) {
                return false;
            }
            if (e instanceof Event.FieldAccess a && a.kind().isWrite() || e instanceof Event.Call) {
                return true;
            }
        }
        return false;
    }

    /**
     * An untimed wait on the same monitor, in the class of the notifying code, made under no condition and
     * in no loop: it waits for the notification alone (a timed one ends by itself). {@code null} when every wait tests some state first.
     */
    private static Waiter statelessWait(Program program, MethodInfo notifier, LockRef monitor) {
        AccessPath path = monitor.path();
        if (path == null || !(path.isThis() || path.isOwnField())) {
            return null;
        }
        for (MethodInfo m : notifier.owner().methods()) {
            List<Event> events = m.facts().events();
            for (Event e : events) {
                if (e instanceof Event.Call wait && wait.args().isEmpty() && e.loop() < 0 && e.guard() < 0
                        && program.traits(m, wait).contains(MethodTrait.WAIT)
                        && !program.traits(m, wait).contains(MethodTrait.ARGUMENT_MONITOR)
                        && monitor.equals(Monitors.monitorOf(m, wait.receiver()))) {
                    return new Waiter(m, wait);
                }
            }
        }
        return null;
    }
}
