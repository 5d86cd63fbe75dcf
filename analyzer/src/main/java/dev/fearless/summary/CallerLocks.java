package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Dispatch;
import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.Modifiers;
import dev.fearless.program.CallSite;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The locks certainly held whenever a method runs, from every call of it in the program: a method all
 * of whose callers are in the program (a private or package-private helper, a protected hook called by
 * a superclass's synchronized template method, any method of a type that is not exported) runs with the
 * locks all of them hold at the call, moved into its frame; a closure run here inherits those of the
 * method it is written in (one handed to {@code forEach}, or to a program method that only calls it:
 * {@link InlineCallbacks}). Thread roots (tasks, thread bodies, closures run elsewhere), methods that
 * clients outside the program can call ({@link Api}) and methods nobody calls start with none.
 *
 * <p>A call made while the caller's own object is being built (a constructor's {@code init()}) does not
 * need the object's locks: nobody else can see the object yet, so it does not lower the locks rooted at
 * {@code this}. Computed as a greatest fixed point: every method with callers starts at "every lock"
 * and is lowered by its callers until nothing changes; sets only shrink, so it ends.
 */
final class CallerLocks {

    /** Protected methods of {@code Object} the JVM calls: the finalizer thread, {@code clone} by reflection. */
    private static final Set<String> OBJECT_HOOKS = Set.of("finalize", "clone");

    private final Program program;
    private final Set<MethodInfo> roots;
    private final Construction construction;
    /** Absent: not yet lowered by any caller ("every lock"). */
    private final Map<MethodInfo, LockSet> entry = new IdentityHashMap<>();
    /** The same, as lock-graph nodes: also the locks of objects the method cannot name. */
    private final Map<MethodInfo, Set<GlobalLock>> nodes = new IdentityHashMap<>();
    private final Map<MethodInfo, List<MethodInfo>> closuresRunHere = new IdentityHashMap<>();
    /** The closures that run during the call they are handed to, on the caller's thread. */
    private final Set<MethodInfo> runHere = Collections.newSetFromMap(new IdentityHashMap<>());
    /** For those handed to a program method, the locks it holds wherever it runs them ({@link InlineCallbacks#heldWhereRun}). */
    private final Map<MethodInfo, LockSet> heldWhereRun = new IdentityHashMap<>();
    /** Whether a method is called by nothing, in the program or outside it ({@link #uncalledFromAnywhere}). */
    private final Map<MethodInfo, Boolean> uncalled = new IdentityHashMap<>();
    /** Anonymous classes confined to the method that makes them: they hold its locks, not their callers'. */
    private final ConfinedAnonymous confined;
    /** Closures objects keep in their final fields: they run inside the calls of those fields, under their locks. */
    private final FieldClosures kept;

    private CallerLocks(Program program, Set<MethodInfo> roots, Construction construction, ConfinedAnonymous confined,
                        FieldClosures kept) {
        this.kept = kept;
        this.program = program;
        this.roots = roots;
        this.construction = construction;
        this.confined = confined;
    }

    /**
     * The entry locks of every method that has some ({@code roots} are the methods other threads start:
     * they hold nothing on entry, whoever else calls them).
     */
    static Held compute(Program program, Set<MethodInfo> roots, Construction construction, ConfinedAnonymous confined,
                        FieldClosures kept) {
        return new CallerLocks(program, roots, construction, confined, kept).run();
    }

    /**
     * What every caller holds: {@code locks}, in each method's own frame; {@code nodes}, as the whole
     * program names them, including the locks of objects the method cannot name (the caller's own monitor
     * around a call on another object): while one of those is held, no other run of the method can
     * hold it too.
     */
    record Held(Map<MethodInfo, LockSet> locks, Map<MethodInfo, Set<GlobalLock>> nodes,
                Map<MethodInfo, LockSet> programCallers) {

        Set<GlobalLock> nodes(MethodInfo m) {
            return nodes.getOrDefault(m, Set.of());
        }

        LockSet programCallers(MethodInfo m) {
            return programCallers.getOrDefault(m, LockSet.EMPTY);
        }
    }

    private Held run() {
        Deque<MethodInfo> work = new ArrayDeque<>();
        Set<MethodInfo> queued = Collections.newSetFromMap(new IdentityHashMap<>());
        for (MethodInfo m : program.methods()) {
            MethodInfo parent = m.closureParent();
            if (parent != null && (m.facts().dispatch() == Dispatch.HERE || InlineCallbacks.runHere(program, m))) {
                runHere.add(m);
                LockSet around = InlineCallbacks.heldWhereRun(program, m);
                if (!around.isEmpty()) {
                    heldWhereRun.put(m, around);
                }
                closuresRunHere.computeIfAbsent(parent, k -> new ArrayList<>()).add(m);
            }
            if (derived(m)) {
                work.add(m);
                queued.add(m);
            }
        }
        while (!work.isEmpty()) {
            MethodInfo m = work.poll();
            queued.remove(m);
            LockSet computed = fromCallers(m);
            Set<GlobalLock> computedNodes = nodesFromCallers(m);
            if (computed == null || computed.equals(entry.get(m)) && computedNodes.equals(nodes.get(m))) {
                continue;
            }
            entry.put(m, computed);
            nodes.put(m, computedNodes);
            for (CallSite s : program.callGraph().callsFrom(m)) {
                if (derived(s.target()) && queued.add(s.target())) {
                    work.add(s.target());
                }
            }
            for (MethodInfo c : closuresRunHere.getOrDefault(m, List.of())) {
                if (queued.add(c)) {
                    work.add(c);
                }
            }
            for (List<MethodInfo> closures : kept.runBy(m).values()) {
                for (MethodInfo c : closures) {
                    if (queued.add(c)) {
                        work.add(c);
                    }
                }
            }
            for (TypeInfo anonymous : confined.createdIn(m)) {
                for (MethodInfo c : anonymous.methods()) {
                    if (derived(c) && queued.add(c)) {
                        work.add(c);
                    }
                }
            }
        }
        Map<MethodInfo, LockSet> programCallers = new IdentityHashMap<>();
        for (MethodInfo m : program.methods()) {
            if (Api.exported(program, m) && !roots.contains(m) && !m.facts().isInitialization()) {
                LockSet held = fromCallers(m);
                if (held != null && !held.isEmpty()) {
                    programCallers.put(m, held);
                }
            }
        }
        entry.values().removeIf(LockSet::isEmpty);
        nodes.values().removeIf(Set::isEmpty);
        return new Held(entry, nodes, programCallers);
    }

    /** Whether the method's entry locks come from its callers (or, for a closure run here, its parent). */
    private boolean derived(MethodInfo m) {
        if (m.facts().isClosure()) {
            return runHere.contains(m) || !kept.sitesOf(m).isEmpty();
        }
        return !m.facts().isInitialization() && !roots.contains(m) && !Api.exported(program, m)
                && (!program.callGraph().callersOf(m).isEmpty() || confined.creationOf(m) != null);
    }

    /** The value of a caller: its entry locks, EMPTY when they do not come from callers, null while unknown. */
    private LockSet valueOf(MethodInfo m) {
        return derived(m) ? entry.get(m) : LockSet.EMPTY;
    }

    /** The locks every caller holds, or {@code null} while no caller is known yet. */
    private LockSet fromCallers(MethodInfo m) {
        if (m.facts().isClosure() && !kept.sitesOf(m).isEmpty()) {
            return fromKeepers(m);
        }
        if (m.facts().isClosure()) {
            // a closure handed to a program method that runs it there also holds what that method holds
            // where it runs it (executeWithLock(() -> ...), which takes the lock around action.run())
            LockSet parent = valueOf(m.closureParent());
            LockSet around = heldWhereRun.get(m);
            return parent == null || around == null ? parent : parent.plusAll(around);
        }
        LockSet normal = null;
        LockSet building = null;
        ConfinedAnonymous.Creation made = confined.creationOf(m);
        if (made != null) {
            // an instance confined to its creator: it runs inside the creator's calls on it, under its locks
            LockSet creatorEntry = valueOf(made.creator());
            for (int call : creatorEntry == null ? List.<Integer>of() : made.calls()) {
                LockSet held = creatorEntry.plusAll(made.creator().facts().events().get(call).held());
                LockSet moved = ConfinedAnonymous.intoAnonymous(held, made.creator());
                normal = normal == null ? moved : normal.intersect(moved);
            }
        }
        for (CallSite s : program.callGraph().callersOf(m)) {
            if (made != null && !ConfinedAnonymous.within(s.caller(), m) || neverRuns(s)) {
                continue; // a template method running another instance's override, or a call that never runs
            }
            LockSet callerEntry = valueOf(s.caller());
            if (callerEntry == null) {
                continue;
            }
            LockSet atCall = s.caller().facts().events().get(s.event()).held();
            LockSet held = callerEntry.isEmpty() ? atCall : callerEntry.plusAll(atCall);
            LockSet moved = Frames.intoCallee(held, s.caller(), s.event(), m, program);
            if (constructionSite(s)) {
                building = building == null ? moved : building.intersect(moved);
            } else {
                normal = normal == null ? moved : normal.intersect(moved);
            }
        }
        if (normal == null) {
            return building;
        }
        if (building == null) {
            return normal;
        }
        LockSet result = LockSet.EMPTY;
        for (LockRef l : normal.locks()) {
            if (ofThisObject(l) || building.contains(l)) {
                result = result.plus(l);
            }
        }
        return result;
    }

    /**
     * The locks of the object (or of a class) that every call running the kept closure {@code m} holds:
     * it runs inside the call of its object's field, on that object; {@code null} while no call is known yet.
     */
    private LockSet fromKeepers(MethodInfo m) {
        LockSet common = null;
        for (CallSite s : kept.sitesOf(m)) {
            LockSet callerEntry = valueOf(s.caller());
            if (callerEntry == null) {
                continue;
            }
            LockSet held = LockSet.EMPTY;
            for (LockRef l : callerEntry.plusAll(s.caller().facts().events().get(s.event()).held()).locks()) {
                if (ofThisObject(l) || l.kind() == LockRef.Kind.CLASS
                        || l.path() != null && l.path().root() == AccessPath.Root.STATIC) {
                    held = held.plus(l);
                }
            }
            common = common == null ? held : common.intersect(held);
        }
        return common;
    }

    /**
     * The lock-graph nodes every caller holds exclusively at its call (not a read lock), its own entry
     * nodes included; the empty set
     * when some caller holds none, and while no caller is known yet (the fixed point then calls again).
     */
    private Set<GlobalLock> nodesFromCallers(MethodInfo m) {
        boolean keptClosure = !kept.sitesOf(m).isEmpty();
        if (m.facts().isClosure() && !keptClosure) {
            return derived(m.closureParent()) ? nodes.getOrDefault(m.closureParent(), Set.of()) : Set.of();
        }
        Set<GlobalLock> common = null;
        for (CallSite s : keptClosure ? kept.sitesOf(m) : callSites(m)) {
            MethodInfo caller = s.caller();
            if (neverRuns(s) || derived(caller) && !entry.containsKey(caller)) {
                continue; // not lowered yet: every lock
            }
            Set<GlobalLock> here = new TreeSet<>(derived(caller) ? nodes.getOrDefault(caller, Set.of()) : Set.of());
            here.addAll(GlobalLock.exclusive(program, caller,
                    caller.facts().events().get(s.event()).held().plusAll(valueOf(caller))));
            if (common == null) {
                common = here;
            } else {
                common.retainAll(here);
            }
            if (common.isEmpty()) {
                return Set.of();
            }
        }
        return common == null ? Set.of() : Set.copyOf(common);
    }

    /**
     * The places {@code m} is called from: its callers, or, for a method of an anonymous class confined to
     * its creator, the creator's calls on the instance and the class's own calls.
     */
    private List<CallSite> callSites(MethodInfo m) {
        ConfinedAnonymous.Creation made = confined.creationOf(m);
        if (made == null) {
            return program.callGraph().callersOf(m);
        }
        List<CallSite> sites = new ArrayList<>();
        for (CallSite s : program.callGraph().callersOf(m)) {
            if (ConfinedAnonymous.within(s.caller(), m)) {
                sites.add(s);
            }
        }
        for (int call : made.calls()) {
            sites.add(new CallSite(made.creator(), call, m));
        }
        return sites;
    }

    /**
     * A call that no thread can make: its caller has no callers in the program, overrides nothing a
     * supertype's code (a library's template method) could call it through, and code outside the
     * program cannot call it on an object this call would reach the callee for. Outside code cannot call
     * a package-private method at all, and may call a protected one only on objects of its own
     * subclasses; a call of the caller's own object that reaches a method of a final class runs on an
     * object of that class, which has no subclasses (log4j's deprecated {@code writeInternal(event)}
     * overload, calling the hook {@code NoSqlDatabaseManager} implements).
     */
    private boolean neverRuns(CallSite s) {
        MethodInfo caller = s.caller();
        if (!uncalled.computeIfAbsent(caller, this::uncalledFromAnywhere)) {
            return false;
        }
        if (!Modifiers.has(caller.facts().modifiers(), Modifiers.PROTECTED)) {
            return true;
        }
        return Modifiers.has(s.target().owner().facts().modifiers(), Modifiers.FINAL)
                && caller.facts().events().get(s.event()) instanceof Event.Call call && call.receiver().isSelf();
    }

    /**
     * Whether nothing in the program calls {@code m}, nor can a library's code through an override, and
     * it is no public method: only a subclass's code outside the program could (if it is protected).
     * Asked once per method: the fixed point asks for every call of it each round.
     */
    private boolean uncalledFromAnywhere(MethodInfo m) {
        var f = m.facts();
        return !(f.isClosure() || f.isInitialization() || f.isConstructor() || roots.contains(m)
                || Modifiers.has(f.modifiers(), Modifiers.PUBLIC) || m.owner().isInterface()
                || !program.callGraph().callersOf(m).isEmpty() || confined.creationOf(m) != null
                || OBJECT_HOOKS.contains(f.name()) || !Api.overridesNothing(program, m));
    }

    /** A call on the object its caller is still building. */
    private boolean constructionSite(CallSite s) {
        return construction.only(s.caller()) && Construction.sameObject(program, s.caller(), s.event(), s.target());
    }

    private static boolean ofThisObject(LockRef l) {
        return l.path() != null && l.path().root() == AccessPath.Root.THIS;
    }
}
