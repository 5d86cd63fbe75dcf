package dev.fearless.rules.publication;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.StaticType;
import dev.fearless.program.TypeInfo;
import dev.fearless.summary.Describe;
import dev.fearless.rule.EventKind;
import dev.fearless.rule.EventMatcher;
import dev.fearless.rule.Family;
import dev.fearless.rule.Fixes;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.summary.AccessOp;
import dev.fearless.summary.DoubleChecks;
import dev.fearless.summary.FieldUse;
import dev.fearless.summary.OneWinnerGates;
import dev.fearless.summary.RaceFields;
import dev.fearless.summary.Summaries;
import java.util.List;
import java.util.Set;

/**
 * Double-checked locking: a field tested outside a lock, tested again inside it, and set there. On a
 * non-volatile field another thread can see the reference before the object's own fields (or see the
 * flag before what it announces). On a volatile field the idiom is right only if the object is complete
 * when stored: mutating it through the field after the store publishes it half built.
 */
@RuleMeta(family = Family.PUBLICATION, severity = Severity.WARNING,
        summary = "Double-checked locking on a non-volatile field, or a volatile one mutated after it is stored.",
        peers = {"spotbugs:DC_DOUBLECHECK", "spotbugs:DC_PARTIALLY_CONSTRUCTED", "errorprone:DoubleCheckedLocking",
                "pmd:DoubleCheckedLocking", "sonar:S2168", "intellij:DoubleCheckedLocking"})
public final class DoubleCheckedLocking implements EventMatcher {

    @Override
    public Set<EventKind> eventKinds() {
        return Set.of(EventKind.FIELD_ACCESS);
    }

    @Override
    public void matchEvent(MethodScope scope, int index, Event event) {
        RuleContext context = scope.context();
        Program program = scope.program();
        if (!(event instanceof Event.FieldAccess w) || w.kind() != Event.AccessKind.WRITE
                || w.held().isEmpty() || !(w.path().isOwnField() || w.path().isStaticField())) {
            return;
        }
        MethodInfo m = scope.method();
        FieldInfo field = program.field(m, w.path());
        if (field == null || !DoubleChecks.isDoubleCheckedWrite(m, w)) {
            return;
        }
        if (field.facts().isVolatile()) {
            reportMutationAfterStore(context, m, index, w, field);
        } else if (!immutable(program, m, w.value()) && !orderedBySignals(program, scope.summaries(), m, field)) {
            boolean flag = w.value() instanceof Value.Literal lit && lit.kind() == Value.LiteralKind.BOOLEAN;
            // The race is the first check's read, made without the lock: reported there, the store related.
            Event.FieldAccess check = firstUnlockedRead(m, index, w);
            RuleContext.FindingBuilder finding = context.report(m, check == null ? w.pos() : check.pos(), flag
                    ? "double-checked locking on non-volatile flag `" + field.name() + "`: another thread can see it "
                            + "set before the writes it announces; make it volatile"
                    : "double-checked locking on non-volatile `" + field.name() + "`: another thread can see the "
                            + "reference before the object's fields are written and use it half built; make `"
                            + field.name() + "` volatile, or use the holder-class idiom")
                    .related(field.owner(), field.facts().pos(), "`" + field.name() + "` is not volatile");
            if (check != null) {
                finding.related(m, w.pos(), "`" + field.name() + "` is set here, under the lock, after the second check");
            }
            Fixes.addModifier(finding, field, "volatile").add();
        }
    }

    /**
     * Whether the unlocked check can see no half-built object: {@code m}'s runs never overlap one another
     * ({@link RaceFields#serialPair}: a subscriber's signals, ordered one after another), nor those of the
     * other methods that store objects in the field; a store any other method makes puts a constant there
     * (a static final marker, a literal), fully built before any thread sees it (reactor's
     * {@code MonoReduce}: onNext checks the aggregate twice, cancel stores a marker).
     */
    private static boolean orderedBySignals(Program program, Summaries summaries, MethodInfo m, FieldInfo field) {
        if (!RaceFields.serialPair(program, m, m)) {
            return false;
        }
        for (FieldUse u : summaries.uses(field)) {
            if (u.op() != AccessOp.WRITE || RaceFields.serialPair(program, m, u.method())) {
                continue;
            }
            int at = u.originEvent();
            if (at < 0 || !(u.originMethod().facts().eventAt(at) instanceof Event.FieldAccess store)
                    || !constant(program, u.originMethod(), store.value())) {
                return false;
            }
        }
        return true;
    }

    /** Whether a stored value is a constant ({@link OneWinnerGates#constant}), directly or through one local. */
    private static boolean constant(Program program, MethodInfo m, Value v) {
        AccessPath p = v.pathOrNull();
        Value value = p != null && p.root() == AccessPath.Root.LOCAL && !p.isField() ? m.facts().onlyAssignment(p.rootName()) : v;
        return value != null && OneWinnerGates.constant(program, m, value) != null;
    }

    /** The first read of the stored field before the store, made without the store's locks: the first check. */
    private static Event.FieldAccess firstUnlockedRead(MethodInfo m, int store, Event.FieldAccess w) {
        List<Event> events = m.facts().events();
        for (int i = 0; i < store; i++) {
            if (events.get(i) instanceof Event.FieldAccess r && r.kind() == Event.AccessKind.READ
                    && r.path().equals(w.path()) && !r.held().locks().containsAll(w.held().locks())) {
                return r;
            }
        }
        return null;
    }

    /** Objects whose fields are all final (or immutable library values) are safely published even through a race. */
    private static boolean immutable(Program program, MethodInfo m, Value v) {
        Value value = v;
        if (v.pathOrNull() != null && v.pathOrNull().root() == AccessPath.Root.LOCAL && !v.pathOrNull().isField()) {
            String local = v.pathOrNull().rootName();
            value = null;
            for (Event e : m.facts().events()) {
                if (e instanceof Event.LocalAssign la && la.local().equals(local) && la.value() instanceof Value.NewValue) {
                    value = la.value();
                }
            }
            if (value == null) {
                return false;
            }
        }
        if (value instanceof Value.Literal lit) {
            return lit.kind() != Value.LiteralKind.BOOLEAN;
        }
        StaticType type = program.staticType(m, value);
        if (type.name() == null) {
            return false;
        }
        if (program.knowledge().is(type.name(), TypeTrait.IMMUTABLE)) {
            return true;
        }
        TypeInfo t = program.type(type.name());
        if (t == null || !(value instanceof Value.NewValue)) {
            return false;
        }
        for (TypeInfo c = t; c != null; c = program.type(c.superclass())) {
            for (var f : c.fields()) {
                if (!f.facts().isStatic() && !f.facts().isFinal()) {
                    return false;
                }
            }
        }
        return t.superclass() == null || program.type(t.superclass()) != null
                || program.knowledge().is(t.superclass(), TypeTrait.STATELESS);
    }

    /** The volatile variant: the object is changed through the field after the store, still inside the lock. */
    private static void reportMutationAfterStore(RuleContext context, MethodInfo m, int store, Event.FieldAccess w,
                                                 FieldInfo field) {
        Program program = context.program();
        List<Event> events = m.facts().events();
        AccessPath local = w.value().pathOrNull() != null && w.value().pathOrNull().root() == AccessPath.Root.LOCAL
                && !w.value().pathOrNull().isField() ? w.value().pathOrNull() : null;
        LockSet lockRegion = w.held();
        for (int i = store + 1; i < events.size(); i++) {
            Event e = events.get(i);
            if (!e.held().locks().containsAll(lockRegion.locks())) {
                break;
            }
            boolean mutation = false;
            if (e instanceof Event.FieldAccess fa && fa.kind().isWrite()) {
                mutation = through(fa.path(), w.path(), local, true);
            } else if (e instanceof Event.Call call && call.receiver().pathOrNull() != null
                    && through(call.receiver().pathOrNull(), w.path(), local, false)) {
                mutation = mutates(program, m, i, call);
            }
            if (mutation) {
                context.report(m, e.pos(), "`" + field.name() + "` is volatile and already published at line "
                        + w.pos().line() + ", but its object is still being changed here: other threads can use it half "
                        + "built; finish it in a local, then assign the field last")
                        .related(m, w.pos(), "`" + field.name() + "` is published here")
                        .add();
                return;
            }
        }
    }

    private static boolean through(AccessPath p, AccessPath field, AccessPath local, boolean needsField) {
        boolean viaField = p.startsWith(field) && (!needsField || p.fields().size() > field.fields().size());
        boolean viaLocal = local != null && p.startsWith(local) && (!needsField || p.isField());
        return viaField || viaLocal;
    }

    /** Whether a call changes its receiver: a program method that writes its fields, or a known mutator. */
    private static boolean mutates(Program program, MethodInfo m, int index, Event.Call call) {
        List<MethodInfo> targets = program.callGraph().targets(m, index);
        if (!targets.isEmpty()) {
            return targets.stream().anyMatch(t -> writesOwnState(program, t, 2));
        }
        String name = call.name();
        if (program.knowledge().inGroup(NameGroup.COLLECTION_WRITE, name)
                || program.knowledge().inGroup(NameGroup.BUILDER_WRITE, name)) {
            return true;
        }
        return program.knowledge().inGroup(NameGroup.MUTATOR, name);
    }

    private static boolean writesOwnState(Program program, MethodInfo m, int depth) {
        for (int i = 0; i < m.facts().events().size(); i++) {
            Event e = m.facts().eventAt(i);
            if (e instanceof Event.FieldAccess fa && fa.kind().isWrite() && fa.path().root() == AccessPath.Root.THIS) {
                return true;
            }
            if (e instanceof Event.Call c && c.receiver().pathOrNull() != null
                    && c.receiver().pathOrNull().root() == AccessPath.Root.THIS && c.receiver().pathOrNull().isField()
                    && program.knowledge().inGroup(NameGroup.COLLECTION_WRITE, c.name())) {
                return true;
            }
            if (depth > 0 && e instanceof Event.Call c && (c.receiver() instanceof Value.Implicit
                    || c.receiver().pathOrNull() != null && c.receiver().pathOrNull().isThis())) {
                for (MethodInfo t : program.callGraph().targets(m, i)) {
                    if (writesOwnState(program, t, depth - 1)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static String describe(MethodInfo m, Value v) {
        return Describe.value(m, v);
    }
}
