package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Modifiers;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.CallSite;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides what each call can run ({@link CallTargets}): class-hierarchy analysis over the whole
 * program, narrowed by where the receiver's objects come from ({@link SourceFinder}). The program is a
 * closed world for the types it implements: a call on an object of an interface whose implementations
 * the program has runs those. A call runs code the program does not know when its receiver is a
 * function value handed in through the public API (or created reflectively without a default of the
 * program's own), or an object whose called method no class of the program implements (an interface or
 * plugin implemented outside). An abstract hook the object calls on itself is its own subclass's part of
 * its protocol, not code handed in: known.
 */
final class CallTargetFinder {

    private final Program program;
    private final SourceFinder sources;
    private final Map<TypeInfo, Boolean> instantiable = new IdentityHashMap<>();

    CallTargetFinder(Program program, SourceFinder sources) {
        this.program = program;
        this.sources = sources;
    }

    /** What the event at {@code index} of {@code m} can run, given the closures handed to it that run here. */
    CallTargets find(MethodInfo m, int index, List<MethodInfo> runHere) {
        Event e = m.facts().events().get(index);
        if (e instanceof Event.NewObject) {
            return CallTargets.known(with(program.callGraph().targets(m, index), runHere), List.of());
        }
        if (!(e instanceof Event.Call call)) {
            return CallTargets.NONE;
        }
        String receiverType = program.receiverType(m, call);
        if (program.traits(m, call).contains(MethodTrait.INVOKES) && receiverType != null
                && program.type(receiverType) == null && program.is(receiverType, TypeTrait.FUNCTIONAL)
                && !program.is(receiverType, TypeTrait.THREADSAFE)) {
            return functionValue(m, call, receiverType, runHere);
        }
        List<MethodInfo> all = program.callGraph().targets(m, index);
        if (all.isEmpty() || all.size() == 1 && !abstractMethod(all.get(0))) {
            return CallTargets.known(with(all, runHere), List.of());
        }
        Value receiver = call.receiver();
        AccessPath path = receiver.pathOrNull();
        boolean self = receiver instanceof Value.Implicit || receiver instanceof Value.Super
                || path != null && !path.isField() && (path.root() == AccessPath.Root.THIS || path.root() == AccessPath.Root.OUTER);
        Sources from = self ? Sources.OPAQUE : sources.of(m, receiver);
        MethodInfo declared = all.get(0);
        if (from.allKnown()) {
            List<MethodInfo> certain = implementations(from, call.name(), call.arity());
            if (declared.owner().isInterface()) {
                certain.addAll(from.closures()); // lambdas implementing it
            }
            return CallTargets.known(with(certain, runHere), List.of());
        }
        List<MethodInfo> concrete = new ArrayList<>();
        for (MethodInfo t : all) {
            if (!abstractMethod(t)) {
                concrete.add(t);
            }
        }
        List<MethodInfo> precise = program.callGraph().preciseTargets(m, index);
        List<MethodInfo> possible = new ArrayList<>(concrete);
        possible.removeAll(precise);
        List<MethodInfo> certain = with(precise, runHere);
        TypeInfo type = receiverType == null ? null : program.type(receiverType);
        boolean implemented = !concrete.isEmpty() || instantiable(type != null ? type : declared.owner());
        String what = "`" + Describe.value(m, receiver) + "." + call.name() + "()`";
        AccessPath carrier = self ? null : carrier(m, receiver);
        if (from.reflective() && concrete.isEmpty()) {
            return new CallTargets(certain, possible, what + " on an object created reflectively (a class named at "
                    + "run time), for which the program has no implementation of its own", null, false);
        }
        if (implemented) {
            return CallTargets.known(certain, possible);
        }
        if (self) {
            // a template method's own abstract hook: the subclass that implements it is the object itself,
            // not code handed in by a caller; what it does is the subclass's part of the lock's protocol
            return CallTargets.known(certain, possible);
        }
        if (!lambdaShaped(declared.owner())) {
            // only code outside the program can make such objects, whoever hands them in
            String why = Effects.why(from);
            return new CallTargets(certain, possible, what + ", which no class of the program implements"
                    + (why == null ? "" : ", " + why), null, false);
        }
        // lambdas of the program may implement it: unknown only when the object comes from outside
        return !from.onlyFromOutside() && (from.external() == null && !from.reflective() || carrier == null)
                ? CallTargets.known(certain, possible)
                : unknown(certain, possible, what + " on " + article(declared.owner().simpleName()), carrier, from);
    }

    /**
     * Unknown code in the receiver's objects: said why here, or by each caller when a parameter or a
     * field of this object holds it.
     */
    private static CallTargets unknown(List<MethodInfo> certain, List<MethodInfo> possible, String what,
                                       AccessPath carrier, Sources from) {
        if (carrier != null) {
            return new CallTargets(certain, possible, what, carrier, false);
        }
        String why = Effects.why(from);
        return why == null ? CallTargets.known(certain, possible)
                : new CallTargets(certain, possible, what + ", " + why, null, false);
    }

    /** A call of a function value's method ({@code action.run()}): the closures it can hold run. */
    private CallTargets functionValue(MethodInfo m, Event.Call call, String type, List<MethodInfo> runHere) {
        Sources from = sources.of(m, call.receiver());
        List<MethodInfo> certain = implementations(from, call.name(), call.arity());
        certain.addAll(from.closures());
        certain = with(certain, runHere);
        if (!from.onlyFromOutside() && (from.external() == null && !from.reflective() || carrier(m, call.receiver()) == null)) {
            return CallTargets.known(certain, List.of());
        }
        String what = "`" + Describe.value(m, call.receiver()) + "." + call.name() + "()` on " + article(Describe.simple(type));
        return unknown(certain, List.of(), what, carrier(m, call.receiver()), from);
    }

    /** {@code a `Listener`}, {@code an `AuditSink`}. */
    private static String article(String type) {
        return (type.isEmpty() || "AEIOU".indexOf(type.charAt(0)) < 0 ? "a `" : "an `") + type + "`";
    }

    /** The methods the objects of these types run for a call named so (their own or inherited). */
    private List<MethodInfo> implementations(Sources from, String name, int arity) {
        List<MethodInfo> result = new ArrayList<>();
        for (TypeInfo t : from.types()) {
            for (MethodInfo impl : program.lookup(t, name, arity)) {
                if (!abstractMethod(impl) && !result.contains(impl)) {
                    result.add(impl);
                }
            }
        }
        return result;
    }

    private static List<MethodInfo> with(List<MethodInfo> certain, List<MethodInfo> runHere) {
        if (runHere.isEmpty()) {
            return certain;
        }
        List<MethodInfo> all = new ArrayList<>(certain);
        all.addAll(runHere);
        return all;
    }

    /**
     * Where {@code m} holds a value that its callers can tell more about: one of its own parameters, or a
     * field of its own object (not for closures, whose frame is their parent's); {@code null} otherwise.
     */
    static AccessPath carrier(MethodInfo m, Value v) {
        AccessPath p = v.pathOrNull();
        if (p == null || m.facts().isClosure()) {
            return null;
        }
        if (p.root() == AccessPath.Root.PARAM && !p.isField() && isParam(m, p.rootName())) {
            return p;
        }
        return p.isOwnField() && !m.facts().isStatic() ? p : null;
    }

    private static boolean isParam(MethodInfo m, String name) {
        for (var param : m.facts().params()) {
            if (param.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the program has a class whose objects are of this type: a concrete class (named or
     * anonymous) among its subtypes, which implements its methods itself or inherits them (from a
     * library superclass too).
     */
    private boolean instantiable(TypeInfo t) {
        Boolean memo = instantiable.get(t);
        if (memo != null) {
            return memo;
        }
        boolean found = false;
        Deque<TypeInfo> work = new ArrayDeque<>(List.of(t));
        Set<TypeInfo> seen = new HashSet<>();
        while (!work.isEmpty() && !found) {
            TypeInfo x = work.poll();
            if (!seen.add(x)) {
                continue;
            }
            found = !x.facts().isAbstract();
            work.addAll(x.subtypes());
        }
        instantiable.put(t, found);
        return found;
    }

    /** A method without a body: abstract, or an interface's method that is neither default nor static. */
    static boolean abstractMethod(MethodInfo t) {
        var f = t.facts();
        return f.isAbstract() || t.owner().isInterface() && !Modifiers.has(f.modifiers(), Modifiers.DEFAULT)
                && !f.isStatic() && f.events().isEmpty();
    }

    /** An interface with one abstract method: lambdas of the program may implement it. */
    private static boolean lambdaShaped(TypeInfo t) {
        if (!t.isInterface()) {
            return false;
        }
        int count = 0;
        for (MethodInfo m : t.methods()) {
            if (!m.facts().isClosure() && abstractMethod(m)) {
                count++;
            }
        }
        return count == 1;
    }

    /** For each event of {@code m}, the closures handed to it that run there, during the call. */
    static Map<Integer, List<MethodInfo>> runHere(Program program, MethodInfo m) {
        Map<Integer, List<MethodInfo>> result = new HashMap<>();
        for (CallSite s : program.callGraph().callsFrom(m)) {
            if (s.target().closureParent() == m) {
                result.computeIfAbsent(s.event(), k -> new ArrayList<>()).add(s.target());
            }
        }
        return result;
    }
}
