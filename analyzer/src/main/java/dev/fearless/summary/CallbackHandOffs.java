package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.program.CallSite;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Objects that move between threads with the caller's callback: a method of the object hands a task that
 * runs the callback it was given with the object itself ({@code exchange.dispatch(handler)} runs {@code
 * handler.handleRequest(exchange)} on a worker). The caller gives the object up with the call, as with a
 * hand-off through a queue: every call the program makes of the method shows it, as nothing after the
 * call, in its caller, touches the object (a method of the object that delegates to it, {@code
 * dispatch(h) { dispatch(null, h); return this; }}, is followed to its own callers). Such an object is
 * used by one holder at a time: the callers that hold it (clients of its API, or of the code they pass it
 * to) and the tasks it is carried by, which are those hand-offs and the tasks its callers give to its own
 * methods to run elsewhere the same way ({@code exchange.dispatch(task)}, the caller letting go of
 * {@code exchange}). Those holders do not meet on the object's own state. Threads the program starts
 * itself, or tasks handed to an executor with the object captured, still meet them.
 */
final class CallbackHandOffs {

    /** How many same-object delegations up a hand-off's callers are followed. */
    private static final int DELEGATION_DEPTH = 2;

    /** The tasks that hand an object to a callback, each with the object's class, and those classes. */
    private record Found(Map<LogicalThread, TypeInfo> tasks, Set<TypeInfo> classes) {
    }

    /** Made once, when first asked. */
    private volatile Found found;

    private final Map<LogicalThread, Optional<TypeInfo>> carriers = new ConcurrentHashMap<>();

    /**
     * The class whose objects the task {@code t} carries, when every place it is handed over is a hand-off
     * of such an object: made by a method of the object, whose task runs the callback it was given with the
     * object, or given to a method of the object by a caller that lets go of it. {@code null} for any other
     * thread.
     */
    TypeInfo carriedBy(Program program, ThreadModel threads, LogicalThread t) {
        if (t.kind() != LogicalThread.Kind.TASK) {
            return null;
        }
        Found f = found(program, threads);
        if (f.tasks().isEmpty()) {
            return null;
        }
        if (f.tasks().containsKey(t)) {
            return f.tasks().get(t);
        }
        return carriers.computeIfAbsent(t, k -> Optional.ofNullable(givenToObject(program, threads, f.classes(), k)))
                .orElse(null);
    }

    /** Whether objects of {@code t} move between threads with their callers' callbacks. */
    boolean carries(Program program, ThreadModel threads, TypeInfo t) {
        return found(program, threads).classes().contains(t);
    }

    private Found found(Program program, ThreadModel threads) {
        Found f = found;
        return f != null ? f : find(program, threads);
    }

    private synchronized Found find(Program program, ThreadModel threads) {
        if (found == null) {
            Map<LogicalThread, TypeInfo> tasks = new java.util.HashMap<>();
            Map<MethodInfo, Boolean> letGo = new java.util.HashMap<>();
            for (MethodInfo m : program.methods()) {
                MethodInfo h = handOffOf(threads, m);
                if (h != null && handsObjectToCallback(m, h)
                        && letGo.computeIfAbsent(h, x -> callersLetGo(program, x, DELEGATION_DEPTH))) {
                    for (LogicalThread t : threads.rootsOf(m).threads()) {
                        tasks.put(t, h.owner());
                    }
                }
            }
            found = new Found(tasks, Set.copyOf(tasks.values()));
        }
        return found;
    }

    /** The one instance method that hands over the task whose body is {@code entry}, a closure; or null. */
    private static MethodInfo handOffOf(ThreadModel threads, MethodInfo entry) {
        if (!entry.facts().isClosure() && !entry.owner().isAnonymous()) {
            return null;
        }
        MethodInfo handOff = null;
        for (LogicalThread t : threads.rootsOf(entry).threads()) {
            for (ThreadRoots.Spawn s : threads.spawnsOf(t)) {
                if (t.kind() != LogicalThread.Kind.TASK || handOff != null && s.parent() != handOff) {
                    return null;
                }
                handOff = s.parent();
            }
        }
        return handOff == null || handOff.facts().isStatic() || handOff.facts().isClosure() ? null : handOff;
    }

    /**
     * The carried class whose objects {@code t} carries when every place it is handed over gives it to a
     * method of such an object, by a caller that then lets go of the object ({@code exchange.dispatch(task);
     * return;}); {@code null} otherwise.
     */
    private static TypeInfo givenToObject(Program program, ThreadModel threads, Set<TypeInfo> classes,
                                          LogicalThread t) {
        TypeInfo carried = null;
        for (ThreadRoots.Spawn s : threads.spawnsOf(t)) {
            TypeInfo here = givenToObject(program, classes, s);
            if (here == null || carried != null && here != carried) {
                return null;
            }
            carried = here;
        }
        return carried;
    }

    private static TypeInfo givenToObject(Program program, Set<TypeInfo> classes, ThreadRoots.Spawn s) {
        if (!(s.parent().facts().eventAt(s.event()) instanceof Event.Call call) || call.receiver().isSelf()
                || !letsGo(s.parent(), s.event(), call)) {
            return null;
        }
        for (MethodInfo target : program.callGraph().targets(s.parent(), s.event())) {
            for (TypeInfo carried : classes) {
                if (!target.facts().isStatic() && (target.owner() == carried
                        || program.isSubtype(carried.name(), target.owner().name()))) {
                    return carried;
                }
            }
        }
        return null;
    }

    /**
     * Whether the task's body passes the object of {@code handOff} to a callback the hand-off was given: one
     * call has the object among its arguments and a parameter of {@code handOff} as its receiver or another
     * argument ({@code handler.handle(this)}, {@code runRoot(handler, Exchange.this)}).
     */
    private static boolean handsObjectToCallback(MethodInfo entry, MethodInfo handOff) {
        TypeInfo owner = handOff.owner();
        for (Event e : entry.facts().events()) {
            if (e instanceof Event.Call c && c.args().stream().anyMatch(a -> isObject(a, entry, owner))
                    && (isParameter(c.receiver(), handOff) || c.args().stream().anyMatch(a -> isParameter(a, handOff)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code v}, in the task's body, is the object of {@code owner} the task was made in. */
    private static boolean isObject(Value v, MethodInfo entry, TypeInfo owner) {
        AccessPath p = v.pathOrNull();
        if (p == null || p.isField()) {
            return false;
        }
        return p.root() == AccessPath.Root.THIS && entry.owner() == owner
                || p.root() == AccessPath.Root.OUTER && p.rootName().equals(owner.name());
    }

    private static boolean isParameter(Value v, MethodInfo m) {
        for (dev.fearless.facts.Variable p : m.facts().params()) {
            if (Mutations.isVariable(v, p.name())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the program calls {@code m} and no caller touches the receiver after the call: a local or
     * parameter is not used again; the object itself (a delegating method of its own) only returns, and
     * is followed to its callers.
     */
    private static boolean callersLetGo(Program program, MethodInfo m, int depth) {
        List<CallSite> callers = program.callGraph().callersOf(m);
        if (callers.isEmpty() || depth < 0) {
            return false;
        }
        for (CallSite s : callers) {
            MethodInfo caller = s.caller();
            if (!(caller.facts().eventAt(s.event()) instanceof Event.Call call)) {
                return false;
            }
            if (call.receiver().isSelf()) {
                if (call.loop() >= 0 || !onlyReturnsAfter(caller, s.event()) || !callersLetGo(program, caller, depth - 1)) {
                    return false;
                }
            } else if (!letsGo(caller, s.event(), call)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code m} lets go of the object it makes the call at {@code event} on: it holds the object in
     * a variable or a field, does not touch it after the call, and does not make the call again on it (the
     * call is in no loop, or the loop gives the variable a new object each pass, or returns right after).
     */
    private static boolean letsGo(MethodInfo m, int event, Event.Call call) {
        AccessPath receiver = call.receiver().pathOrNull();
        if (receiver == null || receiver.root() == AccessPath.Root.STATIC || !receiver.isField() && objectRoot(receiver)) {
            return false;
        }
        if (call.loop() >= 0 && !returnsRightAfter(m, event)
                && (objectRoot(receiver) || !assignedInLoop(m, event, receiver.rootName()))) {
            return false;
        }
        return !usedAfter(m, event, held(receiver));
    }

    /**
     * Whether the local {@code name} is given a new value in the loop of the call at {@code call}, before
     * it: each pass hands over another object ({@code while (...) { Req r = queue.poll(); r.x.dispatch(h); }}).
     */
    private static boolean assignedInLoop(MethodInfo m, int call, String name) {
        int loop = m.facts().events().get(call).loop();
        for (int i = 0; i < call; i++) {
            Event e = m.facts().events().get(i);
            if (VariableUses.reassigns(e, name) && VariableUses.inLoop(m, i, loop)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the path starts at an object's own state ({@code this.f}, {@code Outer.this.f}). */
    private static boolean objectRoot(AccessPath p) {
        return p.root() == AccessPath.Root.THIS || p.root() == AccessPath.Root.OUTER;
    }

    /** Whether the event right after {@code call} in {@code m} returns (or throws) on every path from it. */
    private static boolean returnsRightAfter(MethodInfo m, int call) {
        List<Event> events = m.facts().events();
        for (int i = call + 1; i < events.size(); i++) {
            if (VariableUses.reachable(m, call, i)) {
                return VariableUses.exitsAfter(m, call, events.get(i));
            }
        }
        return false;
    }

    /** Whether every event that can follow event {@code from} of {@code m} is a return. */
    private static boolean onlyReturnsAfter(MethodInfo m, int from) {
        List<Event> events = m.facts().events();
        for (int i = from + 1; i < events.size(); i++) {
            if (!(events.get(i) instanceof Event.Return) && VariableUses.reachable(m, from, i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the caller holds the object it calls: the variable ({@code exchange}, or {@code task} for
     * {@code task.exchange}), or a field of its own or of an enclosing object ({@code this.exchange}).
     */
    private static AccessPath held(AccessPath receiver) {
        if (objectRoot(receiver)) {
            return new AccessPath(receiver.root(), receiver.rootName(), receiver.fields().subList(0, 1));
        }
        return AccessPath.root(receiver.root(), receiver.rootName());
    }

    /**
     * Whether an event that can follow event {@code from} of {@code m} uses what {@code held} holds; not
     * one in a catch handler the call is not in, which runs when the hand-off failed.
     */
    private static boolean usedAfter(MethodInfo m, int from, AccessPath held) {
        List<Event> events = m.facts().events();
        for (int i = from + 1; i < events.size(); i++) {
            if (VariableUses.mentions(events.get(i), p -> p.startsWith(held), p -> p.startsWith(held))
                    && VariableUses.reachable(m, from, i)
                    && !VariableUses.inHandlerWithout(m.facts(), i, from)) {
                return true;
            }
        }
        return false;
    }

}
