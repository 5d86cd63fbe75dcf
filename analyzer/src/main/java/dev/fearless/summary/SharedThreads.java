package dev.fearless.summary;

import dev.fearless.facts.Event;
import dev.fearless.program.CallSite;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The logical threads that run each method on an object other threads can reach: those of the
 * {@link ThreadModel}, less the calls made on an object its caller still owns ({@link FreshReceivers}).
 * A method's own fields ({@code this.f}) are shared only through these threads; the same method run
 * on a shared object elsewhere keeps them.
 */
public final class SharedThreads {

    private final Map<MethodInfo, ThreadSet> shared;
    private final Map<MethodInfo, Map<TypeInfo, ThreadSet>> byClass;
    private final ThreadModel threads;

    private SharedThreads(Map<MethodInfo, ThreadSet> shared, Map<MethodInfo, Map<TypeInfo, ThreadSet>> byClass,
                          ThreadModel threads) {
        this.shared = shared;
        this.byClass = byClass;
        this.threads = threads;
    }

    static SharedThreads of(Program program, ThreadModel threads) {
        FreshReceivers fresh = threads.freshReceivers();
        ReceiverBounds bounds = threads.bounds();
        BoundedFlow flow = new BoundedFlow();
        for (MethodInfo m : program.methods()) {
            if (!ThreadRoots.finalizer(m)) { // the finalizer runs on an object no other thread can reach
                flow.add(m, m.owner(), threads.rootsOf(m));
            }
        }
        // Every method some thread runs is visited once: even run on an owned object, it calls
        // methods on other objects, which carry all its threads.
        for (MethodInfo m : program.methods()) {
            if (!threads.threads(m).isEmpty() && (threads.rootsOf(m).isEmpty() || ThreadRoots.finalizer(m))) {
                carry(program, threads, fresh, bounds, flow, new BoundedFlow.State(m, m.owner()), ThreadSet.NONE);
            }
        }
        for (BoundedFlow.State state = flow.poll(); state != null; state = flow.poll()) {
            carry(program, threads, fresh, bounds, flow, state, flow.at(state));
        }
        return new SharedThreads(flow.unions(), flow.byBound(), threads);
    }

    /** Carries what the method of {@code state}, run by {@code here} on shared objects, hands each callee. */
    private static void carry(Program program, ThreadModel threads, FreshReceivers fresh,
                              ReceiverBounds bounds, BoundedFlow flow, BoundedFlow.State state, ThreadSet here) {
        MethodInfo m = state.method();
        for (CallSite s : program.callGraph().callsFrom(m)) {
            TypeInfo bound = bounds.of(m, state.bound(), s);
            if (bound != null && !threads.pinned(s.target()) && threads.mayRun(s.target())) {
                flow.add(s.target(), bound, contribution(program, threads, fresh, state, s, here));
            }
        }
        for (MethodInfo c : threads.continuationsOf(m)) {
            flow.add(c, c.owner(), here);
        }
        for (java.util.List<MethodInfo> kept : threads.fieldClosures().runBy(m).values()) {
            for (MethodInfo c : kept) {
                if (!threads.pinned(c)) {
                    flow.add(c, c.owner(), here); // a kept closure runs on the object that calls it
                }
            }
        }
    }

    /**
     * What a call carries into its callee: nothing when it runs on an object the caller owns or builds;
     * the caller's shared threads when it runs on the caller's own object (or is a closure of it); all the
     * caller's threads when it runs on another object.
     */
    private static ThreadSet contribution(Program program, ThreadModel threads, FreshReceivers fresh,
                                          BoundedFlow.State state, CallSite s, ThreadSet here) {
        MethodInfo m = state.method();
        MethodInfo target = s.target();
        Event at = m.facts().eventAt(s.event());
        ThreadSet all = threads.threadsAt(m, state.bound(), at.pos());
        boolean narrowed = threads.narrowed(m, at.pos());
        if (target.facts().isClosure() && target.declaringMethod() == m.declaringMethod()) {
            return here.isEmpty() || narrowed ? all : here;
        }
        if (at instanceof Event.NewObject || fresh.owned(m, s.event())) {
            return ThreadSet.NONE;
        }
        if (!target.facts().isStatic() && (Construction.sameObject(program, m, s.event(), target)
                || fresh.onOwnedField(m, s.event()))) {
            return here.isEmpty() || !narrowed ? here : all;
        }
        return all;
    }

    /**
     * The threads that make an access to {@code m}'s own object at {@code pos}, kept apart by the class of
     * the object when the calls that reach {@code m} tell it (an inherited method run on objects of two
     * sibling subclasses by different threads); empty when they do not, or a loop check narrows them there.
     */
    public Map<TypeInfo, ThreadSet> byClassAt(MethodInfo m, dev.fearless.facts.Position pos) {
        Map<TypeInfo, ThreadSet> states = byClass.get(m);
        return states == null || threads.narrowed(m, pos) ? Map.of() : states;
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
