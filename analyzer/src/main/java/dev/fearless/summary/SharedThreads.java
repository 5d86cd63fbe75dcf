package dev.fearless.summary;

import dev.fearless.facts.Event;
import dev.fearless.program.CallSite;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The logical threads that run each method on an object other threads can reach: those of the
 * {@link ThreadModel}, less the calls made on an object its caller still owns ({@link FreshReceivers}).
 * A method's own fields ({@code this.f}) are shared only through these threads; the same method run
 * on a shared object elsewhere keeps them.
 */
public final class SharedThreads {

    private final Map<MethodInfo, ThreadSet> shared;
    private final ThreadModel threads;

    private SharedThreads(Map<MethodInfo, ThreadSet> shared, ThreadModel threads) {
        this.shared = shared;
        this.threads = threads;
    }

    static SharedThreads of(Program program, ThreadModel threads) {
        FreshReceivers fresh = threads.freshReceivers();
        Map<MethodInfo, ThreadSet> shared = new IdentityHashMap<>();
        Map<ThreadSet, ThreadSet> interned = new HashMap<>();
        Deque<MethodInfo> work = new ArrayDeque<>();
        Set<MethodInfo> queued = Collections.newSetFromMap(new IdentityHashMap<>());
        for (MethodInfo m : program.methods()) {
            ThreadSet root = threads.rootsOf(m);
            if (!root.isEmpty()) {
                shared.put(m, root);
            }
            // Every method some thread runs is visited once: even run on an owned object, it calls
            // methods on other objects, which carry all its threads.
            if (!threads.threads(m).isEmpty()) {
                work.add(m);
                queued.add(m);
            }
        }
        while (!work.isEmpty()) {
            MethodInfo m = work.poll();
            queued.remove(m);
            ThreadSet here = shared.getOrDefault(m, ThreadSet.NONE);
            for (CallSite s : program.callGraph().callsFrom(m)) {
                if (!threads.pinned(s.target())) {
                    flow(s.target(), contribution(program, threads, fresh, m, s, here), shared, interned, work, queued);
                }
            }
            for (MethodInfo c : threads.continuationsOf(m)) {
                flow(c, here, shared, interned, work, queued);
            }
        }
        return new SharedThreads(shared, threads);
    }

    /**
     * What a call carries into its callee: nothing when it runs on an object the caller owns or builds;
     * the caller's shared threads when it runs on the caller's own object (or is a closure of it); all the
     * caller's threads when it runs on another object.
     */
    private static ThreadSet contribution(Program program, ThreadModel threads, FreshReceivers fresh, MethodInfo m,
                                          CallSite s, ThreadSet here) {
        MethodInfo target = s.target();
        Event at = m.facts().eventAt(s.event());
        ThreadSet all = threads.threadsAt(m, at.pos());
        if (target.facts().isClosure() && target.declaringMethod() == m.declaringMethod()) {
            return here.isEmpty() || all != threads.threads(m) ? all : here;
        }
        if (at instanceof Event.NewObject || fresh.owned(m, s.event())) {
            return ThreadSet.NONE;
        }
        if (!target.facts().isStatic() && (Construction.sameObject(program, m, s.event(), target)
                || fresh.onOwnedField(m, s.event()))) {
            return here.isEmpty() || all == threads.threads(m) ? here : all;
        }
        return all;
    }

    private static void flow(MethodInfo target, ThreadSet in, Map<MethodInfo, ThreadSet> shared,
                             Map<ThreadSet, ThreadSet> interned, Deque<MethodInfo> work, Set<MethodInfo> queued) {
        if (in.isEmpty()) {
            return;
        }
        ThreadSet old = shared.getOrDefault(target, ThreadSet.NONE);
        ThreadSet joined = old.plus(in);
        if (joined != old) {
            shared.put(target, interned.computeIfAbsent(joined, k -> k));
            if (queued.add(target)) {
                work.add(target);
            }
        }
    }

    /**
     * The threads that make an access to {@code m}'s own object at {@code pos}: those of
     * {@link ThreadModel#threadsAt} when some thread runs {@code m} on a shared object, else none.
     */
    public ThreadSet threadsAt(MethodInfo m, dev.fearless.facts.Position pos) {
        ThreadSet here = shared.getOrDefault(m, ThreadSet.NONE);
        if (here.isEmpty()) {
            return here;
        }
        ThreadSet at = threads.threadsAt(m, pos);
        if (at != threads.threads(m)) {
            return at;
        }
        // The same threads as the thread model's keep its order, which the proofs name the first of.
        boolean same = here.more() == at.more()
                && new java.util.HashSet<>(here.threads()).equals(new java.util.HashSet<>(at.threads()));
        return same ? at : here;
    }
}
