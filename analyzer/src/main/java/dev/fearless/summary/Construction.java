package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Dispatch;
import dev.fearless.facts.Event;
import dev.fearless.facts.Loop;
import dev.fearless.facts.MethodFacts;
import dev.fearless.facts.Value;
import dev.fearless.program.CallSite;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The methods that only run while their own object (or class) is being built: non-public methods whose
 * every call in the program is made, on the same object, by a constructor or initializer, or by another
 * such method ({@code Writer(...) { init(...); }}), or on an object just built in a local and not yet
 * handed to anyone ({@code Writer w = new Writer(); w.init(); return w;}). The object is not yet
 * published there, so what they do is confined to the constructing thread. Public methods that clients
 * outside the program can call are left out: they may call them later; those of a type kept for the project
 * (an {@code internals} package, a class outside code cannot name) have only the program's calls.
 */
public final class Construction {

    private final Set<MethodInfo> only;

    private Construction(Set<MethodInfo> only) {
        this.only = Collections.unmodifiableSet(only);
    }

    /** Whether {@code m} (or the declared method a closure is written in) runs only during construction. */
    public boolean only(MethodInfo m) {
        MethodInfo declared = m.declaringMethod();
        return (declared == m || runsHere(m)) && (only.contains(declared) || constructing(declared));
    }

    static Construction of(Program program) {
        Set<MethodInfo> only = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<FieldInfo, Boolean> parts = new IdentityHashMap<>(); // asked again every round: answered once
        // The least fixed point: a method joins once all its callers are construction code, so recursion
        // that no constructor starts never counts as construction.
        boolean changed = true;
        while (changed) {
            changed = false;
            for (MethodInfo m : program.methods()) {
                if (!only.contains(m) && candidate(program, m) && allCallsConstruct(program, m, only, parts)) {
                    only.add(m);
                    changed = true;
                }
            }
        }
        return new Construction(only);
    }

    private static boolean candidate(Program program, MethodInfo m) {
        MethodFacts f = m.facts();
        return f.kind() == MethodFacts.Kind.METHOD && !f.isAbstract()
                && (!dev.fearless.facts.Modifiers.has(f.modifiers(), dev.fearless.facts.Modifiers.PUBLIC)
                        || !Api.exported(program, m))
                && !m.owner().isInterface();
    }

    private static boolean allCallsConstruct(Program program, MethodInfo m, Set<MethodInfo> only,
                                             Map<FieldInfo, Boolean> parts) {
        List<CallSite> callers = program.callGraph().callersOf(m);
        if (callers.isEmpty()) {
            return false;
        }
        for (CallSite s : callers) {
            if (!constructionSite(program, s, only, parts)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the call runs the callee on the object (or class) its caller is building. */
    private static boolean constructionSite(Program program, CallSite s, Set<MethodInfo> only,
                                            Map<FieldInfo, Boolean> parts) {
        MethodInfo caller = s.caller();
        if (onFreshLocal(program, s, only) || onPartBeingBuilt(program, s, parts)) {
            return true;
        }
        if (caller != caller.declaringMethod() && !runsHere(caller)) {
            return false;
        }
        MethodInfo declared = caller.declaringMethod();
        if (!constructing(declared) && !only.contains(declared)) {
            return false;
        }
        boolean staticCallee = s.target().facts().isStatic();
        if (staticCallee != declared.facts().isStatic()
                && declared.facts().kind() != MethodFacts.Kind.STATIC_INITIALIZER) {
            return false;
        }
        if (staticCallee) {
            return declared.facts().isStatic() && s.target().owner() == declared.owner();
        }
        return sameObject(program, caller, s.event(), s.target());
    }

    /**
     * Whether the call is made on an object the caller has just built in a local and not yet handed to
     * anyone ({@code Segment s = new Segment(); s.writeHeader(); return s;}): the local only ever holds
     * fresh objects, nothing the caller did before the call let it escape, and every earlier call on it
     * is construction code too. No other thread can reach the object yet.
     */
    private static boolean onFreshLocal(Program program, CallSite s, Set<MethodInfo> only) {
        MethodInfo caller = s.caller();
        if (s.target().facts().isStatic() || !(caller.facts().eventAt(s.event()) instanceof Event.Call call)) {
            return false;
        }
        AccessPath p = call.receiver().pathOrNull();
        if (p == null || p.root() != AccessPath.Root.LOCAL || p.isField()) {
            return false;
        }
        LocalUses uses = LocalUses.of(program, caller, p.rootName());
        if (!uses.onlyFresh() || uses.captured() || uses.escapes().stream().anyMatch(i -> before(caller, i, s.event()))) {
            return false;
        }
        for (int i : uses.callsOn()) {
            List<MethodInfo> targets = program.callGraph().targets(caller, i);
            if (i != s.event() && before(caller, i, s.event()) && (targets.isEmpty() || !only.containsAll(targets))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the call is made, by a constructor or initializer of the object being built, on a part of it:
     * a private final field of its own that the construction fills with a new object
     * ({@code stock = new Stock(); ... stock.attach(lines);}) and hands to nothing but the constructors of
     * other such parts ({@code lines = new Lines(stock)}). The part is reachable only through the object, which
     * no other thread has yet, so the call runs while the part, too, is being built.
     */
    private static boolean onPartBeingBuilt(Program program, CallSite s, Map<FieldInfo, Boolean> parts) {
        MethodInfo caller = s.caller();
        if (s.target().facts().isStatic() || caller != caller.declaringMethod() || !constructing(caller)
                || caller.facts().isStatic() || !(caller.facts().eventAt(s.event()) instanceof Event.Call call)) {
            return false;
        }
        AccessPath p = call.receiver().pathOrNull();
        if (p == null || !p.isOwnField() || p.fields().size() != 1) {
            return false;
        }
        FieldInfo f = program.field(caller, p);
        return f != null && f.owner() == caller.owner() && parts.computeIfAbsent(f, k -> partOf(program, k));
    }

    /**
     * Whether {@code f} holds a part of its object: private and final, set only to new objects, by its
     * class's construction, and passed only to the constructors of objects stored in the class's own fields.
     */
    private static boolean partOf(Program program, FieldInfo f) {
        var facts = f.facts();
        if (facts.isStatic() || !facts.isFinal() || !facts.isPrivate()
                || !(facts.initializer() instanceof Value.Absent || facts.initializer() instanceof Value.NewValue)) {
            return false;
        }
        for (MethodInfo m : program.writtenInTopLevelOf(f.owner())) {
            List<Event> events = m.facts().events();
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                if (e instanceof Event.FieldAccess fa && fa.kind().isWrite() && names(program, m, fa.path(), f)
                        && !(fa.value() instanceof Value.NewValue && constructing(m) && m.owner() == f.owner())) {
                    return false;
                }
                boolean handed = Event.handedOn(e).stream().anyMatch(v -> mentions(program, m, v, f));
                if (handed && !(e instanceof Event.NewObject && m.owner() == f.owner() && constructing(m)
                        && storedInOwnField(m, i))) {
                    return false;
                }
                if (e instanceof Event.Call c && constructing(m) && names(program, m, c.receiver().pathOrNull(), f)
                        && !keepsItselfIn(program, m, i)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether {@code v} is field {@code f} of the method's own object, or a choice one of whose options is. */
    private static boolean mentions(Program program, MethodInfo m, Value v, FieldInfo f) {
        return v instanceof Value.Choice c ? c.options().stream().anyMatch(o -> mentions(program, m, o, f))
                : names(program, m, v.pathOrNull(), f);
    }

    /**
     * Whether the call at event {@code i} of {@code m} runs only program methods that keep their object to
     * themselves: none hands {@code this} on, to a call, a field, a local or a return.
     */
    private static boolean keepsItselfIn(Program program, MethodInfo m, int i) {
        List<MethodInfo> targets = program.callGraph().targets(m, i);
        if (targets.isEmpty()) {
            return false;
        }
        for (MethodInfo t : targets) {
            for (Event e : t.facts().events()) {
                if (FreshReceivers.handsOutThis(e, true)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether {@code path}, in {@code m}, names field {@code f} (of any object: a part handed on is handed on). */
    private static boolean names(Program program, MethodInfo m, AccessPath path, FieldInfo f) {
        return path != null && path.isField() && path.lastField().equals(f.name()) && program.field(m, path) == f;
    }

    /**
     * Whether the object made at event {@code made} of {@code m} is stored in a field of {@code m}'s own
     * object (by a write, or as a field's initializer when {@code m} runs the initializers), and nowhere else.
     */
    private static boolean storedInOwnField(MethodInfo m, int made) {
        boolean stored = m.facts().kind() == MethodFacts.Kind.INITIALIZER && m.owner().fields().stream().anyMatch(
                g -> !g.facts().isStatic() && g.facts().initializer() instanceof Value.NewValue nv && nv.eventIndex() == made);
        for (Event e : m.facts().events()) {
            if (e instanceof Event.FieldAccess fa && fa.kind().isWrite() && fa.value() instanceof Value.NewValue nv
                    && nv.eventIndex() == made) {
                if (!fa.path().isOwnField()) {
                    return false;
                }
                stored = true;
            } else if (LocalUses.usesObjectMadeAt(e, made)) {
                return false;
            }
        }
        return stored;
    }

    /**
     * Whether event {@code i} can run before event {@code at}: it comes earlier and not in the other branch
     * of a condition (its then and else, or the branch and what follows its early exit), or a loop around
     * both repeats them.
     */
    static boolean before(MethodInfo m, int i, int at) {
        if (i < at && !VariableUses.exclusive(m, m.facts().eventAt(i), m.facts().eventAt(at))) {
            return true;
        }
        Set<Integer> around = new java.util.HashSet<>();
        List<Loop> loops = m.facts().loops();
        for (int l = m.facts().eventAt(at).loop(); l >= 0; l = loops.get(l).parent()) {
            around.add(l);
        }
        for (int l = m.facts().eventAt(i).loop(); l >= 0; l = loops.get(l).parent()) {
            if (around.contains(l)) {
                return true;
            }
        }
        return false;
    }

    /** Constructors and initializers, instance or static. */
    private static boolean constructing(MethodInfo m) {
        return m.facts().isInitialization();
    }

    /** A closure that runs on the calling thread, nested only in such closures. */
    private static boolean runsHere(MethodInfo m) {
        for (MethodInfo c = m; c.closureParent() != null; c = c.closureParent()) {
            if (c.facts().dispatch() != Dispatch.HERE) {
                return false;
            }
        }
        return true;
    }

    /** Whether the call at {@code event} of {@code caller} runs {@code callee} on the caller's own object. */
    static boolean sameObject(Program program, MethodInfo caller, int event, MethodInfo callee) {
        if (!(caller.facts().eventAt(event) instanceof Event.Call call)) {
            return false;
        }
        Value receiver = call.receiver();
        if (receiver instanceof Value.Super || receiver.pathOrNull() != null && receiver.pathOrNull().isThis()) {
            return true;
        }
        return receiver instanceof Value.Implicit && (callee.owner() == caller.owner()
                || program.isSubtype(caller.owner().name(), callee.owner().name()));
    }

    /**
     * Whether {@code call} in {@code caller} runs {@code callee} on the caller's own object: through
     * {@code this} or {@code super}, or unqualified within the caller's class line, an override further
     * down (a template method's hook) included.
     */
    public static boolean ownObjectCall(Program program, MethodInfo caller, Event.Call call, MethodInfo callee) {
        Value receiver = call.receiver();
        if (receiver instanceof Value.Super || receiver.pathOrNull() != null && receiver.pathOrNull().isThis()) {
            return true;
        }
        String from = caller.owner().name();
        String to = callee.owner().name();
        return receiver instanceof Value.Implicit && !caller.facts().isStatic()
                && (from.equals(to) || program.isSubtype(from, to) || program.isSubtype(to, from));
    }
}
