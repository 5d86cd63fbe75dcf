package dev.fearless.program;

import dev.fearless.facts.Dispatch;
import dev.fearless.facts.Event;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The program's call graph: for each call or {@code new} event, the program methods it may run
 * (resolved with {@link Program#targets}), and for each method, where it is called from.
 */
public final class CallGraph {

    private final Map<MethodInfo, List<List<MethodInfo>>> targets = new IdentityHashMap<>();
    private final Map<MethodInfo, List<CallSite>> outgoing = new IdentityHashMap<>();
    private final Map<MethodInfo, List<CallSite>> incoming = new IdentityHashMap<>();

    static CallGraph build(Program program) {
        CallGraph graph = new CallGraph();
        for (MethodInfo m : program.methods()) {
            List<Event> events = m.facts().events();
            List<List<MethodInfo>> perEvent = new ArrayList<>(events.size());
            List<CallSite> out = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                List<MethodInfo> t = List.of();
                if (e instanceof Event.Call call) {
                    t = program.targets(m, call);
                } else if (e instanceof Event.NewObject n) {
                    t = program.constructors(m, n);
                }
                perEvent.add(t);
                for (MethodInfo target : t) {
                    out.add(new CallSite(m, i, target));
                }
            }
            graph.targets.put(m, perEvent);
            graph.outgoing.put(m, out);
        }
        for (MethodInfo m : program.methods()) {
            MethodInfo parent = m.closureParent();
            if (parent != null && m.facts().dispatch() == Dispatch.HERE && m.facts().siteEvent() >= 0) {
                graph.outgoing.get(parent).add(new CallSite(parent, m.facts().siteEvent(), m));
            }
        }
        for (List<CallSite> sites : graph.outgoing.values()) {
            for (CallSite s : sites) {
                graph.incoming.computeIfAbsent(s.target(), k -> new ArrayList<>()).add(s);
            }
        }
        return graph;
    }

    /** The program methods the event at {@code eventIndex} of {@code caller} may run. */
    public List<MethodInfo> targets(MethodInfo caller, int eventIndex) {
        List<List<MethodInfo>> perEvent = targets.get(caller);
        if (perEvent == null || eventIndex < 0 || eventIndex >= perEvent.size()) {
            return List.of();
        }
        return perEvent.get(eventIndex);
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

    /** The calls {@code m} makes to program methods (including closures it runs here). */
    public List<CallSite> callsFrom(MethodInfo m) {
        return Collections.unmodifiableList(outgoing.getOrDefault(m, List.of()));
    }

    /** Where {@code m} is called from in the program. */
    public List<CallSite> callersOf(MethodInfo m) {
        return Collections.unmodifiableList(incoming.getOrDefault(m, List.of()));
    }
}
