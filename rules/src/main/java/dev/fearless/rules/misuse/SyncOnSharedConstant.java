package dev.fearless.rules.misuse;

import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.StaticType;
import dev.fearless.summary.Describe;
import dev.fearless.rule.EventKind;
import dev.fearless.rule.EventMatcher;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import java.util.Set;

/**
 * {@code synchronized} on an object the whole JVM shares: a string literal or interned string, a
 * Boolean, a cached boxed value. Unrelated code that locks the same constant contends or deadlocks.
 */
@RuleMeta(family = Family.MISUSE, severity = Severity.WARNING,
        summary = "synchronized on a string literal, interned string, Boolean or boxed value shared by the whole JVM.",
        peers = {"spotbugs:DL_SYNCHRONIZATION_ON_SHARED_CONSTANT", "spotbugs:DL_SYNCHRONIZATION_ON_BOOLEAN",
                "spotbugs:DL_SYNCHRONIZATION_ON_BOXED_PRIMITIVE", "errorprone:LockOnBoxedPrimitive", "sonar:S1860", "intellij:SynchronizedOnLiteralObject"})
public final class SyncOnSharedConstant implements EventMatcher {

    @Override
    public Set<EventKind> eventKinds() {
        return Set.of(EventKind.ACQUIRE);
    }

    @Override
    public void matchEvent(MethodScope scope, int index, Event event) {
        Program program = scope.program();
        if (event instanceof Event.Acquire a && a.how() == Event.AcquireKind.SYNCHRONIZED_BLOCK) {
            String why = sharedConstant(program, scope.method(), a.lockExpression());
            if (why != null) {
                scope.report(a.pos(), "synchronized on `" + Describe.value(scope.method(),
                        a.lockExpression()) + "`, " + why + ": any other code that locks the same object contends "
                        + "with this block or deadlocks with it; lock a private final Object").add();
            }
        }
    }

    private static String sharedConstant(Program program, MethodInfo m, Value v) {
        if (v instanceof Value.Literal lit && lit.kind() == Value.LiteralKind.STRING) {
            return "a string literal interned and shared by the whole JVM";
        }
        if (v instanceof Value.CallResult cr && m.facts().eventAt(cr.eventIndex()) instanceof Event.Call call) {
            KnowledgeBase knowledge = program.knowledge();
            if (call.args().isEmpty() && knowledge.anyMethodHas(call.name(), MethodTrait.INTERNED)) {
                return "an interned string shared by the whole JVM";
            }
            if (call.receiver() instanceof Value.TypeName t && knowledge.is(boxed(t.name()), TypeTrait.BOXED)
                    && knowledge.methodTraits(boxed(t.name()), call.name(), call.arity())
                            .contains(MethodTrait.CACHED)) {
                return "a boxed value that the JVM caches and shares";
            }
            return null;
        }
        if (v instanceof Value.PathValue pv) {
            if (pv.path().isStaticField() && program.knowledge().is(boxed(pv.path().rootName()), TypeTrait.BOXED)
                    && program.knowledge().inGroup(NameGroup.SHARED_CONSTANT, pv.path().lastField())) {
                return "a Boolean constant shared by the whole JVM";
            }
            FieldInfo f = program.field(m, pv.path());
            if (f != null && f.facts().isFinal() && f.facts().initializer() instanceof Value.NewValue) {
                return null; // new Integer(n): an object of its own, which no other code holds (CERT LCK01-J)
            }
            StaticType type = program.staticType(m, v);
            if (type.name() != null && program.knowledge().is(type.name(), TypeTrait.BOXED)) {
                return "a boxed " + Describe.simple(type.name()) + " that the JVM may cache and share";
            }
            if (f != null && f.facts().isFinal()) {
                return sharedConstant(program, firstMethod(f), f.facts().initializer());
            }
        }
        return null;
    }

    private static MethodInfo firstMethod(FieldInfo f) {
        for (MethodInfo m : f.owner().methods()) {
            if (m.facts().isInitialization() && m.facts().isStatic() == f.facts().isStatic()) {
                return m;
            }
        }
        return f.owner().methods().isEmpty() ? null : f.owner().methods().get(0);
    }

    private static String boxed(String name) {
        return name.contains(".") ? name : "java.lang." + name;
    }
}
