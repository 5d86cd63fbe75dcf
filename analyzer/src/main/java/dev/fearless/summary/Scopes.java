package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Dispatch;
import dev.fearless.facts.Event;
import dev.fearless.facts.MethodFacts;
import dev.fearless.facts.Position;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The StructuredTaskScopes a method opens into a local, and what it does with each, in the order it
 * happens (the closures it runs here included, at the call they are handed to): forks, joins, closes, and
 * reads of an outcome that exists only after a join (a subtask's {@code get()}, {@code throwIfFailed()}).
 * A read of a subtask is tied to the fork that made it when the subtask is a local or the fork's result;
 * other subtask reads belong to the method's only scope, if it has one. A scope that leaves the method
 * (passed to a call, returned, stored, captured by code run elsewhere) is marked as escaping: what is done
 * with it elsewhere is unknown.
 */
public final class Scopes {

    private Scopes() {
    }

    /** What happens to a scope. */
    public enum Kind { FORK, JOIN, CLOSE, RESULT }

    /**
     * One use of a scope: what, where ({@code method}, {@code event}), its place in the order things happen
     * ({@code order}), the loops of the opening method around it that are not around the opening itself
     * ({@code loops}: the rounds one scope lives through), and for the read of a
     * subtask traced to its fork, that fork's {@code order} (-1 otherwise).
     */
    public record Use(Kind kind, MethodInfo method, int event, int order, Set<Integer> loops, int fork) {

        public Use {
            loops = Set.copyOf(loops);
        }

        /** This use with only the loops that {@code outer} (the loops around the scope's opening) leaves out. */
        Use outside(Set<Integer> outer) {
            Set<Integer> inner = new HashSet<>(loops);
            inner.removeAll(outer);
            return new Use(kind, method, event, order, inner, fork);
        }

        public Event.Call call() {
            return method.facts().callAt(event);
        }

        public Position pos() {
            return call().pos();
        }
    }

    /**
     * A scope opened by {@code opened} (an event of {@code method}) into the local {@code local}:
     * {@code joinsOnce} for JDK 25's {@code open} (one join, no fork after it; JDK 21 to 24's scopes fork
     * and join in rounds), whether try-with-resources closes it, whether it escapes, and its uses in order.
     */
    public record Scope(MethodInfo method, int opened, String local, boolean joinsOnce, boolean resource,
                        boolean escapes, List<Use> uses) {

        public Scope {
            uses = List.copyOf(uses);
        }

        public Position pos() {
            return method.facts().events().get(opened).pos();
        }
    }

    /** The scopes {@code m} opens into locals of its own. */
    public static List<Scope> in(Program program, MethodInfo m) {
        List<Event> events = m.facts().events();
        Map<String, Integer> opened = new HashMap<>();
        Map<String, Boolean> joinsOnce = new HashMap<>();
        Map<String, Integer> assigns = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof Event.LocalAssign la) {
                assigns.merge(la.local(), 1, Integer::sum);
                int source = opening(program, m, la.value());
                if (source >= 0) {
                    opened.put(la.local(), source);
                    joinsOnce.put(la.local(), m.facts().eventAt(source) instanceof Event.Call);
                }
            }
        }
        opened.keySet().removeIf(local -> assigns.get(local) != 1); // a local opened twice, or reassigned: unknown
        if (opened.isEmpty()) {
            return List.of();
        }
        List<Step> steps = steps(program, m);
        List<Scope> result = new ArrayList<>();
        for (Map.Entry<String, Integer> e : opened.entrySet()) {
            String local = e.getKey();
            // a loop around the opening opens a new scope each round: only the loops inside the scope's life count
            Set<Integer> outer = loops(m.facts(), events.get(e.getValue()));
            List<Use> uses = uses(program, steps, local, opened.size() == 1).stream()
                    .map(u -> u.outside(outer)).toList();
            result.add(new Scope(m, e.getValue(), local, joinsOnce.get(local), m.facts().resources().contains(local),
                    escapes(program, steps, local), uses));
        }
        result.sort((a, b) -> Integer.compare(a.opened(), b.opened()));
        return result;
    }

    /** The event that opens a scope, when {@code v} is its result; else -1. */
    private static int opening(Program program, MethodInfo m, Value v) {
        if (v instanceof Value.CallResult cr && m.facts().callAt(cr.eventIndex()) != null
                && program.traits(m, m.facts().callAt(cr.eventIndex())).contains(MethodTrait.OPENS_SCOPE)) {
            return cr.eventIndex();
        }
        if (v instanceof Value.NewValue nv && nv.anonymousType().isEmpty()
                && m.facts().eventAt(nv.eventIndex()) instanceof Event.NewObject n) {
            String type = program.resolveType(n.type(), m.owner());
            return type != null && program.is(type, TypeTrait.STRUCTURED_SCOPE) ? nv.eventIndex() : -1;
        }
        return -1;
    }

    /** An event of the method or of a closure it runs here, with its place in order and the method's loops around it. */
    private record Step(MethodInfo method, int event, int order, Set<Integer> loops) {

        Event at() {
            return method.facts().events().get(event);
        }
    }

    /** The events of {@code m} and of the closures it runs here (at the call they are handed to), in order. */
    private static List<Step> steps(Program program, MethodInfo m) {
        Map<Integer, List<MethodInfo>> closuresAt = new HashMap<>();
        for (MethodInfo c : program.nestedIn(m)) {
            if (c.facts().isClosure() && c.facts().dispatch() == Dispatch.HERE) {
                closuresAt.computeIfAbsent(c.facts().siteEvent(), k -> new ArrayList<>()).add(c);
            }
        }
        List<Step> steps = new ArrayList<>();
        List<Event> events = m.facts().events();
        for (int i = 0; i < events.size(); i++) {
            Set<Integer> loops = loops(m.facts(), events.get(i));
            for (MethodInfo c : closuresAt.getOrDefault(i, List.of())) {
                for (Step inner : steps(program, c)) {
                    steps.add(new Step(inner.method(), inner.event(), steps.size(), loops));
                }
            }
            steps.add(new Step(m, i, steps.size(), loops));
        }
        return steps;
    }

    private static Set<Integer> loops(MethodFacts facts, Event e) {
        Set<Integer> result = new HashSet<>();
        for (int l = e.loop(); l >= 0 && l < facts.loops().size(); l = facts.loops().get(l).parent()) {
            result.add(l);
        }
        return result;
    }

    private static boolean isLocal(Value v, String local) {
        AccessPath p = v.pathOrNull();
        return p != null && !p.isField() && p.root() == AccessPath.Root.LOCAL && p.rootName().equals(local);
    }

    private static List<Use> uses(Program program, List<Step> steps, String scope, boolean onlyScope) {
        List<Use> uses = new ArrayList<>();
        Map<String, Integer> subtaskLocals = new HashMap<>();
        Map<String, Integer> forkResults = new HashMap<>();
        for (Step s : steps) {
            Event e = s.at();
            if (e instanceof Event.LocalAssign la && la.value() instanceof Value.CallResult cr) {
                Integer fork = forkResults.get(s.method() + "#" + cr.eventIndex());
                if (fork != null) {
                    subtaskLocals.merge(la.local(), fork, (a, b) -> -1); // assigned by two forks: unknown which
                }
            }
            if (!(e instanceof Event.Call call)) {
                continue;
            }
            Set<MethodTrait> traits = program.traits(s.method(), call);
            if (isLocal(call.receiver(), scope)) {
                Kind kind = traits.contains(MethodTrait.FORKS) ? Kind.FORK : traits.contains(MethodTrait.CLOSES)
                        ? Kind.CLOSE : traits.contains(MethodTrait.JOIN) ? Kind.JOIN
                        : traits.contains(MethodTrait.AFTER_JOIN) ? Kind.RESULT : null;
                if (kind != null) {
                    uses.add(new Use(kind, s.method(), s.event(), s.order(), s.loops(), -1));
                    if (kind == Kind.FORK) {
                        forkResults.put(s.method() + "#" + s.event(), s.order());
                    }
                }
            } else if (traits.contains(MethodTrait.AFTER_JOIN)) {
                int fork = subtaskOf(s, call.receiver(), subtaskLocals, forkResults);
                if (fork >= 0 || onlyScope) {
                    uses.add(new Use(Kind.RESULT, s.method(), s.event(), s.order(), s.loops(), fork));
                }
            }
        }
        return uses;
    }

    /** The order of the fork of this scope that made the subtask {@code receiver}, or -1 when it cannot be told. */
    private static int subtaskOf(Step s, Value receiver, Map<String, Integer> subtaskLocals,
                                 Map<String, Integer> forkResults) {
        if (receiver instanceof Value.CallResult cr) {
            return forkResults.getOrDefault(s.method() + "#" + cr.eventIndex(), -1);
        }
        AccessPath p = receiver.pathOrNull();
        if (p != null && !p.isField() && p.root() == AccessPath.Root.LOCAL && subtaskLocals.containsKey(p.rootName())) {
            return subtaskLocals.get(p.rootName());
        }
        return -1;
    }

    /** Whether the scope leaves the code that opens it: passed on, returned, stored, aliased, or captured by code run elsewhere. */
    private static boolean escapes(Program program, List<Step> steps, String scope) {
        Set<MethodInfo> seen = new HashSet<>();
        for (Step s : steps) {
            Event e = s.at();
            for (Value v : Event.handedOn(e)) {
                if (isLocal(v, scope)) {
                    return true;
                }
            }
            if (seen.add(s.method())) {
                for (MethodInfo nested : program.nestedIn(s.method())) {
                    boolean runsHere = nested.facts().isClosure() && nested.facts().dispatch() == Dispatch.HERE;
                    if (!runsHere && Tasks.outerCaptures(List.of(nested)).containsKey(scope)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
