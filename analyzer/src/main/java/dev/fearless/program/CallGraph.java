package dev.fearless.program;

import dev.fearless.facts.Dispatch;
import dev.fearless.facts.Event;
import dev.fearless.knowledge.MethodTrait;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The program's call graph: for each call or {@code new} event, the program methods it may run
 * (resolved with a {@link CallResolver}), and for each method, where it is called from. Built in its
 * constructor; immutable afterwards.
 */
public final class CallGraph {

    private static final MethodInfo[] NONE = new MethodInfo[0];

    /** For each method, the events that call program methods and their targets (parallel arrays). */
    private final Map<MethodInfo, Calls> calls = new IdentityHashMap<>();
    /** For each method, the closures it runs here, at the event they are handed to. */
    private final Map<MethodInfo, List<CallSite>> closures = new IdentityHashMap<>();
    private final Map<MethodInfo, CallSite[]> incoming = new IdentityHashMap<>();
    /**
     * The static type of each call's receiver and the knowledge-base traits of the call on it, looked up
     * once here rather than by every analysis that asks (calls with an unknown receiver type and no traits
     * are absent). Equal pairs are shared.
     */
    private final Map<Event.Call, Receiver> receivers = new IdentityHashMap<>();
    private final Traits traits;

    /** A call's receiver type ({@code null}: unknown) and the library traits of the call on it. */
    private record Receiver(String type, Set<MethodTrait> traits) {
    }

    /** The resolved calls of one method: event indexes, sorted, and the targets of each (arrays: compact). */
    private static final class Calls {

        private final int[] events;
        private final MethodInfo[][] targets;

        Calls(int[] events, MethodInfo[][] targets) {
            this.events = events;
            this.targets = targets;
        }

        MethodInfo[] at(int event) {
            int i = Arrays.binarySearch(events, event);
            return i < 0 ? NONE : targets[i];
        }
    }

    /** The call graph of {@code methods}, whose calls {@code resolver} resolves. */
    CallGraph(List<MethodInfo> methods, CallResolver resolver, Traits traits) {
        this.traits = traits;
        Map<MethodInfo, List<CallSite>> in = new IdentityHashMap<>();
        Map<Receiver, Receiver> shared = new HashMap<>();
        for (MethodInfo m : methods) {
            List<Event> events = m.facts().events();
            int[] indexes = new int[events.size()];
            MethodInfo[][] targets = new MethodInfo[events.size()][];
            int n = 0;
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                List<MethodInfo> t = List.of();
                try {
                    if (e instanceof Event.Call call) {
                        t = resolver.targets(m, call);
                        String type = resolver.staticTypes().receiverType(m, call);
                        Set<MethodTrait> known = traits.ofCall(type, call, !t.isEmpty());
                        if (type != null || !known.isEmpty()) {
                            Receiver r = new Receiver(type, known);
                            receivers.put(call, shared.computeIfAbsent(r, k -> k));
                        }
                    } else if (e instanceof Event.NewObject newObject) {
                        t = resolver.constructors(m, newObject);
                    }
                } catch (RuntimeException failure) {
                    // a defect of ours in one call's resolution: that call stays unresolved, the scan goes on
                    resolver.failed(m, failure);
                    t = List.of();
                }
                if (!t.isEmpty()) {
                    indexes[n] = i;
                    targets[n++] = t.toArray(NONE);
                    for (MethodInfo target : t) {
                        in.computeIfAbsent(target, k -> new ArrayList<>()).add(new CallSite(m, i, target));
                    }
                }
            }
            if (n > 0) {
                calls.put(m, new Calls(Arrays.copyOf(indexes, n), Arrays.copyOf(targets, n)));
            }
        }
        for (MethodInfo m : methods) {
            MethodInfo parent = m.closureParent();
            if (parent != null && m.facts().dispatch() == Dispatch.HERE && m.facts().siteEvent() >= 0) {
                CallSite site = new CallSite(parent, m.facts().siteEvent(), m);
                closures.computeIfAbsent(parent, k -> new ArrayList<>()).add(site);
                in.computeIfAbsent(m, k -> new ArrayList<>()).add(site);
            }
        }
        in.forEach((target, sites) -> incoming.put(target, sites.toArray(new CallSite[0])));
    }

    /**
     * The static type of a call's receiver, as computed when the graph was built (its call results typed
     * by resolving those calls in turn), or {@code null}.
     */
    String receiverType(Event.Call call) {
        Receiver r = receivers.get(call);
        return r == null ? null : r.type();
    }

    /** The knowledge-base traits of a call, on its receiver's static type ({@link Traits#ofCall}). */
    Set<MethodTrait> traits(Event.Call call) {
        Receiver r = receivers.get(call);
        return r != null ? r.traits() : traits.ofCall(null, call);
    }

    /** The program methods the event at {@code eventIndex} of {@code caller} may run. */
    public List<MethodInfo> targets(MethodInfo caller, int eventIndex) {
        Calls c = calls.get(caller);
        return c == null ? List.of() : List.of(c.at(eventIndex));
    }

    /**
     * The one method a call certainly runs, when the program says which: the declared target if it has
     * a body (overrides aside), or the only concrete implementation of an abstract one. Empty when the
     * call dispatches to one of several implementations (a listener, a strategy): which one is unknown.
     */
    public List<MethodInfo> preciseTargets(MethodInfo caller, int eventIndex) {
        List<MethodInfo> all = targets(caller, eventIndex);
        if (all.size() <= 1) {
            return all;
        }
        MethodInfo declared = all.get(0);
        if (!declared.facts().isAbstract() && !declared.owner().isInterface()) {
            return List.of(declared);
        }
        MethodInfo only = null;
        for (MethodInfo t : all) {
            if (!t.facts().isAbstract() && !(t.owner().isInterface() && t.facts().events().isEmpty())) {
                if (only != null) {
                    return List.of();
                }
                only = t;
            }
        }
        return only == null ? List.of() : List.of(only);
    }

    /** The calls {@code m} makes to program methods (including closures it runs here), in event order. */
    public List<CallSite> callsFrom(MethodInfo m) {
        Calls c = calls.get(m);
        List<CallSite> here = closures.getOrDefault(m, List.of());
        if (c == null) {
            return here;
        }
        List<CallSite> result = new ArrayList<>(c.events.length + here.size());
        for (int i = 0; i < c.events.length; i++) {
            for (MethodInfo t : c.targets[i]) {
                result.add(new CallSite(m, c.events[i], t));
            }
        }
        result.addAll(here);
        return result;
    }

    /** Where {@code m} is called from in the program. */
    public List<CallSite> callersOf(MethodInfo m) {
        CallSite[] sites = incoming.get(m);
        return sites == null ? List.of() : List.of(sites);
    }
}
