package dev.fearless.rules.publication;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.StaticType;
import dev.fearless.program.TypeInfo;
import dev.fearless.summary.Describe;
import dev.fearless.summary.Summaries;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The values that carry {@code this} at each point of a constructor: {@code this} itself, lambdas and
 * inner-class instances that capture it, new objects built from such values, and the locals and own
 * fields they were stored in. Also which receivers the constructor owns (fresh objects it created).
 */
final class Carriers {

    private final Program program;
    private final Summaries summaries;
    private final MethodInfo m;
    private final Set<String> locals = new LinkedHashSet<>();
    private final Set<String> fields = new LinkedHashSet<>();
    private final Set<String> ownedLocals = new HashSet<>();
    private final Set<String> ownedFields = new HashSet<>();
    private final Set<String> assignedFields = new HashSet<>();

    Carriers(Program program, Summaries summaries, MethodInfo m) {
        this.program = program;
        this.summaries = summaries;
        this.m = m;
    }

    /** Records what event {@code index} stores, so later events see it. */
    void note(Event e, int index) {
        if (e instanceof Event.LocalAssign la) {
            if (carries(la.value(), index)) {
                locals.add(la.local());
            }
            if (la.value() instanceof Value.NewValue) {
                ownedLocals.add(la.local());
            } else {
                ownedLocals.remove(la.local());
            }
        } else if (e instanceof Event.FieldAccess fa && fa.kind() == Event.AccessKind.WRITE && fa.path().isOwnField()) {
            if (carries(fa.value(), index)) {
                fields.add(fa.path().lastField());
            }
            assignedFields.add(fa.path().lastField());
            if (fa.value() instanceof Value.NewValue || owned(fa.value(), index)) {
                ownedFields.add(fa.path().lastField());
            } else {
                ownedFields.remove(fa.path().lastField());
            }
        }
    }

    boolean carries(Value v, int index) {
        AccessPath p = v.pathOrNull();
        if (p != null) {
            if (p.isThis()) {
                return true;
            }
            if (!p.isField() && p.root() == AccessPath.Root.LOCAL) {
                return locals.contains(p.rootName());
            }
            return p.isOwnField() && fields.contains(p.lastField());
        }
        if (v instanceof Value.CallResult cr && cr.eventIndex() >= 0 && cr.eventIndex() < m.facts().events().size()
                && m.facts().eventAt(cr.eventIndex()) instanceof Event.Call call && createsThread(program, call)) {
            return call.args().stream().anyMatch(a -> carries(a, index));
        }
        if (v instanceof Value.Closure c) {
            return c.closure() >= 0 && c.closure() < m.owner().methods().size()
                    && capturesThis(m.owner().method(c.closure()), ThisEscape.DEPTH);
        }
        if (v instanceof Value.NewValue nv) {
            if (!nv.anonymousType().isEmpty()) {
                TypeInfo anon = program.type(nv.anonymousType());
                if (anon != null && anon.facts().inner() && usesOuter(anon)) {
                    return true;
                }
            }
            if (nv.eventIndex() >= 0 && m.facts().eventAt(nv.eventIndex()) instanceof Event.NewObject n) {
                for (Value a : n.args()) {
                    if (carries(a, index)) {
                        return true;
                    }
                }
                StaticType t = program.staticType(m, nv);
                TypeInfo created = program.type(t.name());
                return created != null && created.facts().inner() && !created.isAnonymous()
                        && created.enclosing() == m.owner();
            }
        }
        return false;
    }

    /** A call that creates a thread without starting it ({@code ThreadFactory.newThread}, {@code Thread.Builder.unstarted}). */
    static boolean createsThread(Program program, Event.Call call) {
        return program.knowledge().traitsByName(call.name(), call.args().size())
                .contains(MethodTrait.UNSTARTED_THREAD);
    }

    /** Whether the receiver is an object this constructor created and keeps to itself. */
    boolean owned(Value v, int index) {
        AccessPath p = v.pathOrNull();
        if (v instanceof Value.CallResult cr && cr.eventIndex() >= 0 && cr.eventIndex() < index
                && m.facts().eventAt(cr.eventIndex()) instanceof Event.Call call) {
            // a call on an owned object, or of program factories that return a new object each call
            return owned(call.receiver(), cr.eventIndex()) || summaries.threads().factoryResult(m, v);
        }
        if (p == null) {
            return v instanceof Value.NewValue;
        }
        if (!p.isField() && p.root() == AccessPath.Root.LOCAL) {
            return ownedLocals.contains(p.rootName());
        }
        if (!p.isOwnField()) {
            return false;
        }
        if (assignedFields.contains(p.lastField())) {
            return ownedFields.contains(p.lastField());
        }
        var field = m.owner().declaredField(p.lastField());
        return field != null && field.facts().initializer() instanceof Value.NewValue;
    }

    String describe(Value v) {
        if (v.pathOrNull() != null && v.pathOrNull().isThis()) {
            return "`this`";
        }
        if (v instanceof Value.Closure) {
            return "a lambda that uses `this`";
        }
        if (v instanceof Value.NewValue nv && !nv.anonymousType().isEmpty()) {
            return "an anonymous `" + nv.type().simpleName() + "` that holds `this`";
        }
        return "`" + Describe.value(m, v) + "`, which holds `this`,";
    }

    /**
     * Whether an anonymous class's code uses the instance it is created in: its fields or methods, or
     * {@code Outer.this}. One that does not can do nothing with the object being built (javac 18+ does
     * not even keep the reference). An unresolved call on the implicit receiver counts as a use.
     */
    private boolean usesOuter(TypeInfo anon) {
        for (MethodInfo x : anon.methods()) {
            if (usesOuter(anon, x, ThisEscape.DEPTH)) {
                return true;
            }
        }
        return false;
    }

    private boolean usesOuter(TypeInfo anon, MethodInfo x, int depth) {
        List<Event> events = x.facts().events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            List<Value> values = e instanceof Event.Call c ? withReceiver(c) : e instanceof Event.NewObject n ? n.args()
                    : e instanceof Event.Return r ? List.of(r.value()) : e instanceof Event.LocalAssign la ? List.of(la.value())
                    : e instanceof Event.Throw t ? List.of(t.value())
                    : e instanceof Event.Acquire a && a.lockExpression() != null ? List.of(a.lockExpression())
                    : e instanceof Event.FieldAccess fa ? List.of(new Value.PathValue(fa.path()), fa.value()) : List.of();
            for (Value v : values) {
                AccessPath p = v == null ? null : v.pathOrNull();
                if (p != null && p.root() == AccessPath.Root.OUTER) {
                    return true;
                }
            }
            if (e instanceof Event.Call call && call.receiver() instanceof Value.Implicit) {
                List<MethodInfo> targets = program.callGraph().targets(x, i);
                if (targets.isEmpty() || targets.stream().anyMatch(t -> !t.facts().isStatic() && t.owner() != anon
                        && !program.isSubtype(anon.name(), t.owner().name()))) {
                    return true;
                }
            }
        }
        if (depth > 0) {
            for (MethodInfo inner : program.nestedIn(x)) {
                if (usesOuter(anon, inner, depth - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    static List<Value> withReceiver(Event.Call c) {
        List<Value> values = new ArrayList<>(c.args());
        values.add(c.receiver());
        return values;
    }

    /** Whether a closure's code uses the enclosing instance. */
    private boolean capturesThis(MethodInfo closure, int depth) {
        List<Event> events = closure.facts().events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e instanceof Event.FieldAccess fa && (fa.path().root() == AccessPath.Root.THIS
                    || fa.path().root() == AccessPath.Root.OUTER)) {
                return true;
            }
            if (e instanceof Event.Call call) {
                if (call.receiver().pathOrNull() != null && call.receiver().pathOrNull().isThis()
                        || call.args().stream().anyMatch(a -> a.pathOrNull() != null && a.pathOrNull().isThis())) {
                    return true;
                }
                if (call.receiver() instanceof Value.Implicit) {
                    List<MethodInfo> targets = program.callGraph().targets(closure, i);
                    if (targets.isEmpty() || targets.stream().anyMatch(t -> !t.facts().isStatic())) {
                        return true;
                    }
                }
            }
        }
        if (depth > 0) {
            for (MethodInfo inner : program.nestedIn(closure)) {
                if (inner.facts().isClosure() && capturesThis(inner, depth - 1)) {
                    return true;
                }
            }
        }
        return false;
    }
}
