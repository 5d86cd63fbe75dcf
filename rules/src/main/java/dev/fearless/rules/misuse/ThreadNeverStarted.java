package dev.fearless.rules.misuse;

import dev.fearless.knowledge.TypeTrait;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.StaticType;
import dev.fearless.rule.EventKind;
import dev.fearless.rule.EventMatcher;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.summary.LocalUses;
import java.util.List;
import java.util.Set;

/** A Thread that is created and then neither started nor handed to anyone: its work never runs. */
@RuleMeta(family = Family.MISUSE, severity = Severity.WARNING,
        summary = "A Thread created and never started nor handed on.",
        peers = {"errorprone:DeadThread", "spotbugs:DM_USELESS_THREAD"})
public final class ThreadNeverStarted implements EventMatcher {

    @Override
    public Set<EventKind> eventKinds() {
        return Set.of(EventKind.NEW_OBJECT);
    }

    @Override
    public void matchEvent(MethodScope scope, int index, Event event) {
        RuleContext context = scope.context();
        Program program = scope.program();
        if (!(event instanceof Event.NewObject n)) {
            return;
        }
        MethodInfo m = scope.method();
        StaticType type = program.staticType(m, new Value.NewValue(n.type(), n.anonymousType(), index));
        if (type.name() == null || !program.is(type.name(), TypeTrait.THREAD)) {
            return;
        }
        if (n.resultIgnored() || onlyConfiguredLocally(program, m, index, type.name())) {
            context.report(m, n.pos(), "this thread is never started nor handed on: its work never runs; "
                    + "call start() or remove it").add();
        }
    }

    /** Whether the new thread is only kept in locals that are configured and then dropped. */
    private static boolean onlyConfiguredLocally(Program program, MethodInfo m, int newEvent, String threadType) {
        List<Event> events = m.facts().events();
        String local = null;
        for (int i = newEvent + 1; i < events.size(); i++) {
            Event e = events.get(i);
            if (e instanceof Event.LocalAssign la && la.value() instanceof Value.NewValue nv && nv.eventIndex() == newEvent) {
                local = la.local();
                break;
            }
            if (LocalUses.usesObjectMadeAt(e, newEvent)) {
                return false;
            }
        }
        if (local == null) {
            return false;
        }
        LocalUses uses = LocalUses.of(program, m, local);
        if (!uses.confined()) {
            return false;
        }
        for (int call : uses.callsOn()) {
            Event.Call c = (Event.Call) events.get(call);
            if (!program.methodTraits(threadType, c.name(), c.arity()).contains(MethodTrait.LEAVES_UNSTARTED)) {
                return false;
            }
        }
        return true;
    }
}
