package dev.fearless.rules.races;

import dev.fearless.facts.Dispatch;
import dev.fearless.facts.Event;
import dev.fearless.facts.Guard;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.MethodFacts;
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
import java.util.Set;

/**
 * A non-final static field assigned from instance code (each instance's methods run on whatever thread
 * uses that instance) or from a task, with no class-level lock: the JVM-wide value is written
 * concurrently. Lazy initialization ({@code if (x == null) x = ...}) is UnsafeLazyInit's.
 */
@RuleMeta(family = Family.RACES, severity = Severity.WARNING,
        summary = "A non-final static field written from instance methods or concurrent code without a lock.",
        peers = {"spotbugs:ST_WRITE_TO_STATIC_FROM_INSTANCE_METHOD", "sonar:S2696"})
public final class MutableStaticState implements EventMatcher {

    @Override
    public Set<EventKind> eventKinds() {
        return Set.of(EventKind.FIELD_ACCESS);
    }

    @Override
    public void matchEvent(MethodScope scope, int index, Event event) {
        RuleContext context = scope.context();
        Program program = scope.program();
        if (!(event instanceof Event.FieldAccess w) || w.kind() != Event.AccessKind.WRITE && w.kind() != Event.AccessKind.UPDATE
                || !w.path().isStaticField()) {
            return;
        }
        MethodInfo m = scope.method();
        MethodFacts declaring = m.declaringMethod().facts();
        boolean task = m.facts().isClosure() && (m.facts().dispatch() == Dispatch.ELSEWHERE
                || m.facts().dispatch() == Dispatch.PARALLEL);
        boolean instance = !declaring.isStatic() && declaring.kind() != MethodFacts.Kind.STATIC_INITIALIZER;
        if (!task && !instance) {
            return;
        }
        FieldInfo f = program.field(m, w.path());
        if (f == null || f.facts().isFinal() || f.facts().isVolatile()) {
            return;
        }
        String type = program.resolveType(f.facts().type(), f.owner());
        if (type != null && program.is(type, TypeTrait.ATOMIC)) {
            return;
        }
        LockSet held = scope.summaries().heldAt(m, w.held());
        if (!held.isEmpty() || lazyInitialization(m, w)) {
            return;
        }
        context.report(m, w.pos(), "static `" + f.name() + "` is written " + (task ? "by a task run on another thread"
                : "from instance method `" + m.display() + "`") + " without a lock: every instance shares "
                + "it, so threads using different instances write it at once; make it final, volatile or atomic, or "
                + "write it under `" + f.owner().simpleName() + ".class`").add();
    }

    private static boolean lazyInitialization(MethodInfo m, Event.FieldAccess w) {
        for (Guard g : m.facts().guardChain(w)) {
            for (Guard.Test t : g.implied()) {
                if (t.kind() == Guard.TestKind.IS_NULL && w.path().equals(t.subject().pathOrNull())) {
                    return true;
                }
            }
        }
        return false;
    }
}
