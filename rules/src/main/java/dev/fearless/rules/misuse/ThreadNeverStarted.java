package dev.fearless.rules.misuse;

import dev.fearless.knowledge.TypeTrait;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.StaticType;
import dev.fearless.program.TypeInfo;
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

    /**
     * The private field of the object that {@code m} stores the local in ({@code this.flusher = t;}), when
     * that is the local's only way out of the method; {@code null} otherwise.
     */
    private static String storedInPrivateField(MethodInfo m, String local) {
        String field = null;
        for (Event e : m.facts().events()) {
            if (e instanceof Event.FieldAccess fa && fa.kind() == Event.AccessKind.WRITE && fa.path().isOwnField()
                    && fa.value() instanceof Value.PathValue pv && !pv.path().isField() && pv.path().rootName().equals(local)) {
                FieldInfo f = m.owner().declaredField(fa.path().lastField());
                if (f == null || !f.facts().isPrivate() || field != null) {
                    return null;
                }
                field = f.name();
            }
        }
        return field;
    }

    /**
     * Whether no code of the class's nest starts the thread its private field holds, or lets it out: every use
     * of the field is a call that does not start it ({@code interrupt()}, {@code join()},
     * {@code setDaemon}), and it is never returned, passed on or copied.
     */
    private static boolean neverStartedThrough(Program program, TypeInfo owner, String field, String threadType) {
        for (MethodInfo m : program.methods()) {
            if (m.owner().topLevel() != owner.topLevel()) {
                continue; // a private field: only its nest's code can use it
            }
            for (Event e : m.facts().events()) {
                if (e instanceof Event.Call c && names(c.receiver(), field)) {
                    if (program.methodTraits(threadType, c.name(), c.arity()).contains(MethodTrait.STARTS)) {
                        return false;
                    }
                } else if (mentions(e, field)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether the value is the field, on this object or another the nest's code names ({@code Outer.this.f}). */
    private static boolean names(Value v, String field) {
        AccessPath p = v.pathOrNull();
        return p != null && p.isField() && p.lastField().equals(field);
    }

    /** Whether the event hands the field's value on: returns, passes, stores or copies it. */
    private static boolean mentions(Event e, String field) {
        if (e instanceof Event.Return r) {
            return names(r.value(), field);
        }
        if (e instanceof Event.LocalAssign la) {
            return names(la.value(), field);
        }
        if (e instanceof Event.FieldAccess fa && fa.kind().isWrite()) {
            return names(fa.value(), field);
        }
        if (e instanceof Event.Call c) {
            return c.args().stream().anyMatch(a -> names(a, field));
        }
        return false;
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
        String field = storedInPrivateField(m, local);
        if (field != null) {
            return neverStartedThrough(program, m.owner(), field, threadType);
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
