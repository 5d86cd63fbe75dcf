package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Dispatch;
import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.Value;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Instances of an anonymous class that never leave the method that makes them: {@code new IntroSorter()
 * {...}.sort(0, size)}, or a local holding one that is only called, by calls that keep nothing of it
 * ({@link FreshReceivers}). The class's methods then run only inside those calls: on the threads that run
 * the creating method, under the locks it holds there. A template method of the superclass that dispatches
 * down to them ({@code Sorter.sort} calling {@code swap}) is called by many others, on other objects;
 * their threads and their locks are not this instance's.
 */
final class ConfinedAnonymous {

    /** The method that makes the instances, and its calls on them. */
    record Creation(MethodInfo creator, List<Integer> calls) {
    }

    private final Map<TypeInfo, Creation> byType = new IdentityHashMap<>();
    private final Map<MethodInfo, List<TypeInfo>> byCreator = new IdentityHashMap<>();

    private ConfinedAnonymous() {
    }

    static ConfinedAnonymous of(Program program) {
        ConfinedAnonymous result = new ConfinedAnonymous();
        Map<String, Integer> creations = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (MethodInfo m : program.methods()) {
            List<Event> events = m.facts().events();
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i) instanceof Event.NewObject n && !n.anonymousType().isEmpty()) {
                    creations.merge(n.anonymousType(), 1, Integer::sum);
                    TypeInfo type = program.type(n.anonymousType());
                    if (type != null && type.isAnonymous()) {
                        candidates.add(new Candidate(m, i, type));
                    }
                }
            }
        }
        for (Candidate c : candidates) {
            List<Integer> calls = creations.get(c.type.name()) != 1 ? null
                    : callsOnly(program, c.type, c.creator, c.event);
            if (calls != null && !calls.isEmpty()) {
                result.byType.put(c.type, new Creation(c.creator, List.copyOf(calls)));
                result.byCreator.computeIfAbsent(c.creator, k -> new ArrayList<>()).add(c.type);
            }
        }
        return result;
    }

    private record Candidate(MethodInfo creator, int event, TypeInfo type) {
    }

    /** The creation of the confined anonymous class whose own method {@code m} is, or {@code null}. */
    Creation creationOf(MethodInfo m) {
        return m.facts().isClosure() ? null : byType.get(m.owner());
    }

    /** The creation of the confined anonymous class {@code t}, or {@code null}. */
    Creation creationOf(TypeInfo t) {
        return byType.get(t);
    }

    /** The confined anonymous classes {@code m} makes. */
    List<TypeInfo> createdIn(MethodInfo m) {
        return byCreator.getOrDefault(m, List.of());
    }

    /** Whether {@code caller} is code of the anonymous class of {@code m} (its methods, their closures, nested classes). */
    static boolean within(MethodInfo caller, MethodInfo m) {
        for (TypeInfo t = caller.owner(); t != null; t = t.enclosing()) {
            if (t == m.owner()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The creator's locks as the anonymous class's methods name them: its own monitor and its fields'
     * locks are those of the enclosing instance ({@code Outer.this}); class locks stay; locks of its
     * locals and parameters cannot be named there and are dropped.
     */
    static LockSet intoAnonymous(LockSet held, MethodInfo creator) {
        LockSet result = LockSet.EMPTY;
        for (LockRef l : held.locks()) {
            AccessPath p = l.path();
            if (l.kind() == LockRef.Kind.CLASS || p == null) {
                result = result.plus(l);
            } else if (p.root() == AccessPath.Root.THIS && !creator.facts().isStatic()) {
                result = result.plus(new LockRef(l.kind(), new AccessPath(AccessPath.Root.OUTER,
                        creator.owner().name(), p.fields()), l.className()));
            } else if (p.root() == AccessPath.Root.OUTER || p.root() == AccessPath.Root.STATIC) {
                result = result.plus(l);
            }
        }
        return result;
    }

    /**
     * The calls {@code m} makes on the object created at {@code event}, when that is all it does with it:
     * each keeps nothing of it; {@code null} when the object goes anywhere else.
     */
    private static List<Integer> callsOnly(Program program, TypeInfo type, MethodInfo m, int event) {
        List<Integer> calls = new ArrayList<>();
        String local = null;
        List<Event> events = m.facts().events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e instanceof Event.Call c && LocalUses.isObjectMadeAt(c.receiver(), event)) {
                if (c.args().stream().anyMatch(a -> LocalUses.isObjectMadeAt(a, event)) || !keptByNone(program, type, m, i)) {
                    return null;
                }
                calls.add(i);
            } else if (e instanceof Event.LocalAssign la && LocalUses.isObjectMadeAt(la.value(), event)) {
                if (local != null) {
                    return null; // copied to a second local
                }
                local = la.local();
            } else if (LocalUses.usesObjectMadeAt(e, event)) {
                return null;
            }
        }
        if (local != null) {
            LocalUses uses = LocalUses.of(program, m, local);
            if (!uses.confined() || uses.assigned().size() != 1) {
                return null;
            }
            for (int i : uses.callsOn()) {
                if (!keptByNone(program, type, m, i)) {
                    return null;
                }
                calls.add(i);
            }
        }
        return calls;
    }

    /**
     * Whether the call at {@code event} of {@code m}, made on an instance of exactly the anonymous class
     * {@code type}, keeps nothing of it: no code it runs on the instance passes, stores, returns or throws
     * {@code this}. Calls on {@code this} run the instance's own methods (its class cannot be extended, so
     * each resolves on it), followed through recursion, not to a fixed depth.
     */
    private static boolean keptByNone(Program program, TypeInfo type, MethodInfo m, int event) {
        List<MethodInfo> targets = program.callGraph().targets(m, event);
        Set<MethodInfo> visiting = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        return !targets.isEmpty() && targets.stream().noneMatch(t -> t.facts().isStatic()
                || runsOn(program, type, t) && keepsThis(program, type, t, visiting));
    }

    /** Whether {@code t} is a method of the anonymous class {@code type} or one it inherits. */
    private static boolean runsOn(Program program, TypeInfo type, MethodInfo t) {
        return t.owner() == type || program.isSubtype(type.name(), t.owner().name());
    }

    private static boolean keepsThis(Program program, TypeInfo type, MethodInfo m, Set<MethodInfo> visiting) {
        if (!visiting.add(m)) {
            return false; // already being followed: a recursion keeps nothing more
        }
        for (MethodInfo inner : program.nestedIn(m)) {
            if (!inner.facts().isClosure() || inner.facts().dispatch() != Dispatch.HERE
                    || keepsThis(program, type, inner, visiting)) {
                return true;
            }
        }
        List<Event> events = m.facts().events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (FreshReceivers.handsOutThis(e, true)) {
                return true;
            }
            if (e instanceof Event.Call call && FreshReceivers.onItself(call)) {
                List<MethodInfo> targets = program.callGraph().targets(m, i);
                if (targets.isEmpty()) {
                    return true; // an inherited method we cannot see
                }
                for (MethodInfo t : targets) {
                    // an implicit call may also reach an enclosing instance's method: not on this one
                    if (!t.facts().isStatic() && runsOn(program, type, t) && keepsThis(program, type, t, visiting)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
