package dev.fearless.summary;

import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.program.CallSite;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.StaticType;
import dev.fearless.program.TypeInfo;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The class of object a method runs on, as the calls that reach it know it: an inherited method called
 * on a {@code SSTableSimpleIterator} runs on one, so its calls on {@code this} reach that class's
 * overrides, not those of every other subclass. Threads are carried along calls with this bound
 * ({@link ThreadModel}, {@link SharedThreads}): a call of an abstract method from a base class runs the
 * override of the object's own class only, not the overrides of its siblings.
 */
final class ReceiverBounds {

    private final Program program;
    /** Per call site: the receiver's own bound when the call runs on another object; {@link #SAME} on the caller's. */
    private final Map<CallSite, TypeInfo> sites = new IdentityHashMap<>();
    /** Marks a call on the caller's own object in {@link #sites}. */
    private static final TypeInfo SAME = null;

    /**
     * The methods whose bound can matter: those that call, on their own object, an override further down
     * (a template method's hook) and those that reach one through calls on their own object; and those that
     * touch their own object's fields in a class with subclasses in the program (the threads of each
     * subclass's objects are then told apart at the access, as a subclass's own call bounds them). Any other
     * method is carried with no bound, which gives the same threads.
     */
    private final Set<MethodInfo> sensitive = Collections.newSetFromMap(new IdentityHashMap<>());

    ReceiverBounds(Program program) {
        this.program = program;
        Map<MethodInfo, List<MethodInfo>> sameObjectCallers = new IdentityHashMap<>();
        Deque<MethodInfo> work = new ArrayDeque<>();
        Set<String> extended = new java.util.HashSet<>();
        for (TypeInfo t : program.types()) {
            extended.addAll(program.supertypes(t.name()));
        }
        // Not followed up to their own-object callers: the bound they get from a subclass's direct call is
        // enough to tell the subclasses' threads apart at their own accesses, and costs little.
        Set<MethodInfo> ownFieldSeeds = Collections.newSetFromMap(new IdentityHashMap<>());
        for (MethodInfo m : program.methods()) {
            if (!m.facts().isStatic() && !m.facts().isClosure() && extended.contains(m.owner().name())
                    && touchesOwnFields(m)) {
                ownFieldSeeds.add(m);
            }
        }
        for (MethodInfo m : program.methods()) {
            for (CallSite s : program.callGraph().callsFrom(m)) {
                MethodInfo t = s.target();
                boolean closure = t.facts().isClosure() && t.declaringMethod() == m.declaringMethod();
                if (!closure && (t.facts().isStatic() || !(m.facts().eventAt(s.event()) instanceof Event.Call call)
                        || !Construction.ownObjectCall(program, m, call, t))) {
                    continue;
                }
                sameObjectCallers.computeIfAbsent(t, k -> new ArrayList<>()).add(m);
                if (!closure && t.owner() != m.owner() && program.isSubtype(t.owner().name(), m.owner().name())
                        && sensitive.add(m)) {
                    work.add(m);
                }
            }
        }
        while (!work.isEmpty()) {
            for (MethodInfo c : sameObjectCallers.getOrDefault(work.poll(), List.of())) {
                if (sensitive.add(c)) {
                    work.add(c);
                }
            }
        }
        sensitive.addAll(ownFieldSeeds);
    }

    private static boolean touchesOwnFields(MethodInfo m) {
        for (Event e : m.facts().events()) {
            if (e instanceof Event.FieldAccess a && a.path().isOwnField()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The class the object {@code s.target()} runs on is known to be, when its caller runs on an object of
     * class {@code bound}: that bound again for a call on the caller's own object (or the callee's class, an
     * override further down); the static type of the receiver when it is a program class below the
     * callee's; else the callee's own class, no bound. {@code null} when the call cannot run the callee on
     * an object of that bound: an override in a sibling class.
     */
    TypeInfo of(MethodInfo caller, TypeInfo bound, CallSite s) {
        TypeInfo owner = s.target().owner();
        boolean keep = sensitive.contains(s.target());
        if (s.target().facts().isClosure()) {
            return keep && s.target().declaringMethod() == caller.declaringMethod() && related(bound, owner)
                    ? narrower(bound, owner) : owner;
        }
        if (!keep) {
            // no bound to carry, but a call on a bounded caller's own object still rules out a sibling's override
            return bound == caller.owner() || s.target().facts().isStatic()
                    || !(caller.facts().eventAt(s.event()) instanceof Event.Call call) || !Construction.ownObjectCall(program, caller, call, s.target())
                    || related(bound, owner) ? owner : null;
        }
        if (!sites.containsKey(s)) {
            sites.put(s, site(caller, s));
        }
        TypeInfo own = sites.get(s);
        if (own != SAME) {
            return own;
        }
        return related(bound, owner) ? narrower(bound, owner) : null;
    }

    /** The bound a call site gives its target whatever its caller runs on; {@link #SAME} when it runs on the caller's object. */
    private TypeInfo site(MethodInfo caller, CallSite s) {
        MethodInfo target = s.target();
        TypeInfo owner = target.owner();
        if (target.facts().isStatic() || target.facts().isInitialization()) {
            return owner;
        }
        Event at = caller.facts().eventAt(s.event());
        if (!(at instanceof Event.Call call)) {
            return owner;
        }
        if (Construction.ownObjectCall(program, caller, call, target)) {
            return SAME;
        }
        Value receiver = call.receiver();
        if (receiver instanceof Value.Implicit || receiver instanceof Value.Super) {
            return owner;
        }
        StaticType type = program.staticType(caller, receiver);
        TypeInfo declared = type.isKnown() && !type.isArray() ? program.type(type.name()) : null;
        return declared != null && declared != owner && program.isSubtype(declared.name(), owner.name()) ? declared : owner;
    }

    private boolean related(TypeInfo a, TypeInfo b) {
        return a == b || program.isSubtype(a.name(), b.name()) || program.isSubtype(b.name(), a.name());
    }

    private TypeInfo narrower(TypeInfo a, TypeInfo b) {
        return a == b || program.isSubtype(a.name(), b.name()) ? a : b;
    }
}
