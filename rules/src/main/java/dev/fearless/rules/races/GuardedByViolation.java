package dev.fearless.rules.races;

import dev.fearless.knowledge.AnnotationTrait;
import dev.fearless.facts.AccessPath;
import dev.fearless.facts.AnnotationFacts;
import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import dev.fearless.summary.Describe;
import dev.fearless.rule.EventKind;
import dev.fearless.rule.EventMatcher;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.rule.TypeMatcher;
import dev.fearless.summary.GuardExpressions;
import dev.fearless.summary.Summaries;
import java.util.List;
import java.util.Set;

/**
 * An access that contradicts {@code @GuardedBy}: the named lock is not held where the field is touched,
 * relative to the object reached ({@code other.balance} needs {@code other}'s lock). Also a guard that
 * names nothing, or a field that is not final (threads could lock different objects).
 */
@RuleMeta(family = Family.RACES, severity = Severity.ERROR,
        summary = "An access that contradicts @GuardedBy, or a @GuardedBy naming nothing or a non-final field.",
        peers = {"errorprone:GuardedBy", "spotbugs:IS_FIELD_NOT_GUARDED", "infer:GUARDEDBY_VIOLATION", "intellij:FieldAccessNotGuarded"})
public final class GuardedByViolation implements TypeMatcher, EventMatcher {

    @Override
    public void matchType(RuleContext context, TypeInfo t) {
        for (FieldInfo f : t.fields()) {
            checkDeclaration(context, f);
        }
    }

    @Override
    public Set<EventKind> eventKinds() {
        return Set.of(EventKind.FIELD_ACCESS, EventKind.CALL);
    }

    @Override
    public void matchEvent(MethodScope scope, int index, Event e) {
        MethodInfo m = scope.method();
        List<Event> events = m.facts().events();
        AccessPath path = null;
        boolean write = false;
        if (e instanceof Event.FieldAccess fa) {
            if (fa.kind() == Event.AccessKind.READ && receiverOfNextCall(events, index, fa.path())) {
                return;
            }
            path = fa.path();
            write = fa.kind().isWrite();
        } else if (e instanceof Event.Call call && call.receiver().pathOrNull() != null
                && call.receiver().pathOrNull().isField()) {
            path = call.receiver().pathOrNull();
            write = scope.knowledge().inGroup(NameGroup.COLLECTION_WRITE, call.name());
        }
        if (path != null) {
            checkAccess(scope.context(), m, e, path, write);
        }
        if (e instanceof Event.Call call) {
            checkGuardedCall(scope.context(), m, index, call);
        }
    }

    /**
     * A call of a method annotated {@code @GuardedBy}: the annotation says its callers must hold the lock
     * (Error Prone's reading), so a call without it is a violation, as an access of a guarded field is.
     */
    private static void checkGuardedCall(RuleContext context, MethodInfo m, int index, Event.Call call) {
        Program program = context.program();
        AccessPath receiver = call.receiver() instanceof Value.Implicit ? AccessPath.THIS_PATH : call.receiver().pathOrNull();
        if (receiver == null) {
            return;
        }
        for (MethodInfo target : program.callGraph().targets(m, index)) {
            MethodInfo callee = target.declaringMethod();
            List<String> guards = context.knowledge().annotationValues(callee.facts().annotations(),
                    AnnotationTrait.GUARDED_BY);
            if (guards.isEmpty() || callee.facts().isStatic() && !receiver.isThis()) {
                continue;
            }
            LockRef declared = GuardExpressions.resolve(program, callee.owner(), guards.get(0));
            LockRef needed = declared == null ? null
                    : rebaseOnto(outerOf(program, m.owner(), callee.owner(), declared, call), receiver);
            if (needed == null || satisfied(heldWithMethodGuards(context, m, call.held()), needed, true)) {
                continue;
            }
            context.report(m, call.pos(), "`" + callee.display() + "` is @GuardedBy(\"" + guards.get(0) + "\"): its "
                    + "callers must hold `" + Describe.lock(needed) + "`, but it is called here without it")
                    .related(callee, callee.facts().pos(), "`" + callee.display() + "` is declared @GuardedBy(\""
                            + guards.get(0) + "\") here")
                    .add();
            return;
        }
    }

    /** The locks held at an event: those held there or by every caller, and those the method's own @GuardedBy promises. */
    private static LockSet heldWithMethodGuards(RuleContext context, MethodInfo m, LockSet atEvent) {
        LockSet held = context.summaries().heldAt(m, atEvent);
        MethodInfo declaring = m.declaringMethod();
        for (String methodGuard : context.knowledge().annotationValues(declaring.facts().annotations(),
                AnnotationTrait.GUARDED_BY)) {
            LockRef l = GuardExpressions.resolve(context.program(), declaring.owner(), methodGuard);
            if (l != null) {
                held = held.plus(l);
            }
        }
        return held;
    }

    /**
     * The guard of a method of an enclosing class called without a receiver from an inner class's code: its
     * {@code this} is the caller's {@code Outer.this} ({@code evictionLock} of the cache, for a task class
     * inside it calling the cache's guarded helper).
     */
    private static LockRef outerOf(Program program, TypeInfo caller, TypeInfo calleeOwner, LockRef declared,
                                   Event.Call call) {
        if (!(call.receiver() instanceof Value.Implicit) || declared.path() == null
                || declared.path().root() != AccessPath.Root.THIS || calleeOwner == caller
                || program.isSubtype(caller.name(), calleeOwner.name())) {
            return declared;
        }
        for (TypeInfo t = caller.enclosing(); t != null; t = t.enclosing()) {
            if (t == calleeOwner || program.isSubtype(t.name(), calleeOwner.name())) {
                AccessPath outer = AccessPath.root(AccessPath.Root.OUTER, t.name());
                for (String field : declared.path().fields()) {
                    outer = outer == null ? null : outer.plus(field);
                }
                return outer == null ? declared : new LockRef(declared.kind(), outer, declared.className());
            }
        }
        return declared;
    }

    /** The callee's guard, named from the caller through the call's receiver ({@code other.lock} for {@code other.helper()}). */
    private static LockRef rebaseOnto(LockRef declared, AccessPath receiver) {
        if (declared.kind() == LockRef.Kind.CLASS || declared.path().root() == AccessPath.Root.STATIC
                || declared.path().root() == AccessPath.Root.OUTER || receiver.isThis()) {
            return declared;
        }
        if (declared.path().root() != AccessPath.Root.THIS) {
            return null;
        }
        AccessPath rebased = receiver;
        for (String field : declared.path().fields()) {
            rebased = rebased.plus(field);
        }
        return new LockRef(declared.kind(), rebased, declared.className());
    }

    /** The read of a field that is just the receiver of a following call (the call is checked instead). */
    private static boolean receiverOfNextCall(List<Event> events, int read, AccessPath path) {
        for (int i = read + 1; i < events.size() && i <= read + 20; i++) {
            if (events.get(i) instanceof Event.Call c) {
                return path.equals(c.receiver().pathOrNull());
            }
        }
        return false;
    }

    private static void checkDeclaration(RuleContext context, FieldInfo f) {
        for (String guard : context.knowledge().annotationValues(f.facts().annotations(), AnnotationTrait.GUARDED_BY)) {
            LockRef lock = GuardExpressions.resolve(context.program(), f.owner(), guard);
            if (lock == null) {
                context.report(f.owner(), f.facts().pos(), "`" + f.name() + "` is @GuardedBy(\"" + guard
                        + "\"), but that names no field, class or instance: nothing guards it").add();
            } else if (lock.path() != null && lock.path().isField()) {
                FieldInfo lockField = context.program().field(f.owner(), lock.path().lastField());
                if (lockField != null && !lockField.facts().isFinal()) {
                    context.report(f.owner(), f.facts().pos(), "`" + f.name() + "` is @GuardedBy(\"" + guard
                            + "\"), but `" + lockField.name() + "` is not final: after it is reassigned, threads lock "
                            + "different objects").related(lockField.owner(), lockField.facts().pos(),
                            "`" + lockField.name() + "` is declared here").add();
                }
            }
        }
    }

    private static void checkAccess(RuleContext context, MethodInfo m, Event e, AccessPath path, boolean write) {
        Program program = context.program();
        FieldInfo f = program.field(m, path);
        if (f == null) {
            return;
        }
        List<String> guards = context.knowledge().annotationValues(f.facts().annotations(), AnnotationTrait.GUARDED_BY);
        if (guards.isEmpty()) {
            return;
        }
        LockRef declared = GuardExpressions.resolve(program, f.owner(), guards.get(0));
        if (declared == null) {
            return;
        }
        MethodInfo declaring = m.declaringMethod();
        if (declaring.facts().isInitialization() && declaring.owner() == f.owner()
                && (path.isOwnField() || f.facts().isStatic())) {
            return;
        }
        LockRef needed = rebase(declared, path);
        if (needed == null) {
            return;
        }
        LockSet held = heldWithMethodGuards(context, m, e.held());
        if (satisfied(held, needed, write)) {
            return;
        }
        // A read of a volatile field sees the last write whoever made it: against the annotation, but what
        // the lock adds is only that no write comes between this read and what the method does with it.
        boolean volatileRead = !write && f.facts().isVolatile() && e instanceof Event.FieldAccess;
        RuleContext.FindingBuilder finding = context.report(m, e.pos(), "`" + path.display() + "` is @GuardedBy(\""
                + guards.get(0) + "\") but is " + (write ? "written here" : "read here") + " without holding `"
                + Describe.lock(needed) + "`" + (volatileRead ? "; the field is volatile, so the read sees the last "
                        + "write, but a write under the lock can come between it and what this method does with it" : ""))
                .related(f.owner(), f.facts().pos(), "`" + f.name() + "` is declared @GuardedBy(\"" + guards.get(0) + "\") here");
        if (volatileRead) {
            finding.note();
        }
        finding.add();
    }

    /** The guard of the field reached by {@code path}, named as this method names that object. */
    private static LockRef rebase(LockRef declared, AccessPath path) {
        AccessPath owner = path.prefix();
        if (path.root() == AccessPath.Root.STATIC) {
            return declared;
        }
        return owner == null ? null : rebaseOnto(declared, owner);
    }

    private static boolean satisfied(LockSet held, LockRef needed, boolean write) {
        if (held.contains(needed)) {
            return true;
        }
        for (LockRef l : held.locks()) {
            if (l.path() == null || needed.path() == null || !l.path().equals(needed.path())) {
                continue;
            }
            if (needed.kind() == LockRef.Kind.MONITOR && (l.kind() == LockRef.Kind.LOCK || l.kind() == LockRef.Kind.WRITE)) {
                return true;
            }
            if ((needed.kind() == LockRef.Kind.WRITE || needed.kind() == LockRef.Kind.LOCK)
                    && (l.kind() == LockRef.Kind.WRITE || !write && l.kind() == LockRef.Kind.READ)) {
                return true;
            }
        }
        return false;
    }
}
