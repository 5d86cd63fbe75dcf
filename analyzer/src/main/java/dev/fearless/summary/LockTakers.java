package dev.fearless.summary;

import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.program.CallSite;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each lock is taken in the program: for every program-wide lock ({@link GlobalLock}), the
 * methods whose own code (their body and its closures) acquires it.
 */
public final class LockTakers {

    /** How many callers deep a notify is followed back to code that runs it without a lock. */
    private static final int WAKER_DEPTH = 8;

    private final Program program;
    private final Map<GlobalLock, Set<MethodInfo>> takers = new HashMap<>();
    /** For every monitor the program notifies, the methods whose own code does so. */
    private final Map<GlobalLock, Set<MethodInfo>> notifiers = new HashMap<>();

    private LockTakers(Program program) {
        this.program = program;
    }

    static LockTakers of(Program program) {
        LockTakers result = new LockTakers(program);
        for (MethodInfo m : program.methods()) {
            for (Event e : m.facts().events()) {
                if (e instanceof Event.Acquire a && a.lock() != null) {
                    GlobalLock node = GlobalLock.of(program, m, a.lock());
                    if (node != null) {
                        result.takers.computeIfAbsent(node, k -> Collections.newSetFromMap(new IdentityHashMap<>()))
                                .add(m.declaringMethod());
                    }
                }
                GlobalLock notified = e instanceof Event.Call c ? result.notifiedMonitor(m, c) : null;
                if (notified != null) {
                    result.notifiers.computeIfAbsent(notified, k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(m);
                }
            }
        }
        return result;
    }

    /** The monitor a call notifies ({@code notifyAll()}, {@code lock.notify()}), or {@code null}. */
    private GlobalLock notifiedMonitor(MethodInfo m, Event.Call c) {
        Set<MethodTrait> traits = program.traits(m, c);
        if (!traits.contains(MethodTrait.NOTIFY) && !traits.contains(MethodTrait.NOTIFY_ALL)) {
            return null;
        }
        return monitorOf(m, c.receiver());
    }

    /** The monitor of the object {@code receiver} (a value of {@code m}) as a program-wide lock, or {@code null}. */
    public GlobalLock monitorOf(MethodInfo m, Value receiver) {
        LockRef monitor = Monitors.monitorOf(m, receiver);
        return monitor == null ? null : GlobalLock.of(program, m, monitor);
    }

    /**
     * Whether a thread can notify {@code monitor} without holding {@code held} ({@code holder} names it): some
     * method that notifies it is reached, back through its callers, from code no program method calls (an
     * entry, a task) without passing a method that takes {@code held}. Then the waiter is woken by threads
     * that do not need the lock it keeps while waiting: it stalls them, it cannot deadlock with them.
     */
    public boolean notifiedWithout(GlobalLock monitor, MethodInfo holder, LockRef held) {
        GlobalLock lock = GlobalLock.of(program, holder, held);
        Set<MethodInfo> start = monitor == null ? null : notifiers.get(monitor);
        if (lock == null || start == null) {
            return false;
        }
        Set<MethodInfo> taking = takers.getOrDefault(lock, Set.of());
        Set<MethodInfo> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<MethodInfo> level = new ArrayList<>(start);
        for (int depth = 0; depth <= WAKER_DEPTH && !level.isEmpty(); depth++) {
            List<MethodInfo> next = new ArrayList<>();
            for (MethodInfo x : level) {
                if (!seen.add(x) || taking.contains(x.declaringMethod())) {
                    continue;
                }
                List<CallSite> callers = program.callGraph().callersOf(x);
                if (callers.isEmpty()) {
                    return true;
                }
                callers.forEach(s -> next.add(s.caller()));
            }
            level = next;
        }
        return false;
    }

    /**
     * Whether the lock {@code m} names {@code lock} is taken nowhere in the program but in {@code m}'s own
     * code, or in methods that do nothing but call {@code m} (an overload passing a default): the only
     * threads that ever wait for it are other runs of {@code m}.
     */
    public boolean onlyIn(MethodInfo m, LockRef lock) {
        GlobalLock node = GlobalLock.of(program, m, lock);
        Set<MethodInfo> in = node == null ? null : takers.get(node);
        MethodInfo own = m.declaringMethod();
        return in != null && in.contains(own) && in.stream().allMatch(t -> t == own || onlyCalls(t, own));
    }

    /**
     * Whether every event of {@code t} is a return, a read of a field, the taking or release of a lock, or a
     * call that can run only {@code target}.
     */
    private boolean onlyCalls(MethodInfo t, MethodInfo target) {
        List<Event> events = t.facts().events();
        boolean calls = false;
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e instanceof Event.Call) {
                List<MethodInfo> targets = program.callGraph().targets(t, i);
                if (targets.size() != 1 || targets.get(0) != target) {
                    return false;
                }
                calls = true;
            } else if (!(e instanceof Event.Return || e instanceof Event.Acquire || e instanceof Event.Release
                    || e instanceof Event.FieldAccess fa && !fa.kind().isWrite())) {
                return false;
            }
        }
        return calls && program.nestedIn(t).isEmpty();
    }
}
