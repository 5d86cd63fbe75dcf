package dev.fearless.extract;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.AnnotationFacts;
import dev.fearless.facts.CatchClause;
import dev.fearless.facts.Dispatch;
import dev.fearless.facts.Event;
import dev.fearless.facts.Event.AccessKind;
import dev.fearless.facts.Assertion;
import dev.fearless.facts.Guard;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.Loop;
import dev.fearless.facts.MethodFacts;
import dev.fearless.facts.Position;
import dev.fearless.facts.TypeRef;
import dev.fearless.facts.Variable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The output of one body walk while it grows: events, guards, loops and catch clauses in the order they
 * are met, the variables declared and the locals captured from enclosing bodies. Indices into these
 * lists are what events, guards and loops use to point at each other, so entries are only appended
 * (a loop's slot is reserved before its condition is walked and filled after).
 */
final class MethodFactsBuilder {

    private final List<Event> events = new ArrayList<>();
    private final List<Guard> guards = new ArrayList<>();
    private final List<Assertion> assertions = new ArrayList<>();
    private final java.util.Set<String> finalReads = new java.util.LinkedHashSet<>();
    private List<String> thrown = List.of();
    private final List<Loop> loops = new ArrayList<>();
    private final List<Integer> loopParents = new ArrayList<>();
    private final List<List<Position>> loopExits = new ArrayList<>();
    private final List<CatchClause> catches = new ArrayList<>();
    private final List<Variable> params = new ArrayList<>();
    private final List<Variable> locals = new ArrayList<>();
    private final Set<String> captures = new LinkedHashSet<>();
    private final Set<String> resources = new LinkedHashSet<>();
    private int tryCount;

    void add(Event e) {
        events.add(e);
    }

    /** The index the next event will have. */
    int size() {
        return events.size();
    }

    /** Drops the last event when it reads {@code path} (the read of a monitor field is part of taking it). */
    void dropTrailingRead(AccessPath path) {
        if (!events.isEmpty() && events.get(events.size() - 1) instanceof Event.FieldAccess fa
                && fa.kind() == AccessKind.READ && fa.path().equals(path)) {
            events.remove(events.size() - 1);
        }
    }

    /** Whether an event from index {@code from} on reads {@code path}. */
    boolean readsPath(int from, AccessPath path) {
        for (int i = from; i < events.size(); i++) {
            if (events.get(i) instanceof Event.FieldAccess fa && fa.kind() == AccessKind.READ && fa.path().equals(path)) {
                return true;
            }
        }
        return false;
    }

    /** Adds a guard nested in {@code parent} (or -1) and returns its index. */
    int addGuard(int parent, Position pos, LockSet held, List<Guard.Test> implied) {
        guards.add(new Guard(parent, pos, held, implied, false));
        return guards.size() - 1;
    }

    /** Adds the guard of a short-circuit operand nested in {@code parent} (or -1) and returns its index. */
    int addOperandGuard(int parent, Position pos, LockSet held, List<Guard.Test> implied) {
        guards.add(new Guard(parent, pos, held, implied, true));
        return guards.size() - 1;
    }

    /**
     * Records an {@code assert} whose check is the events from {@code checkFrom} to {@code from}, and
     * what it states for the events from {@code from} to the current end.
     */
    void addAssertion(int checkFrom, int from, List<Guard.Test> implied) {
        if (checkFrom < events.size()) {
            assertions.add(new Assertion(checkFrom, from, events.size(), implied));
        }
    }

    /** Reserves the slot of a loop nested in {@code parent} (or -1), before its condition is walked. */
    int reserveLoop(int parent) {
        loops.add(null);
        loopParents.add(parent);
        loopExits.add(new ArrayList<>());
        return loops.size() - 1;
    }

    /** Fills a reserved loop slot; its condition reads are the field reads among the events from {@code conditionFrom}. */
    void setLoop(int id, Position pos, Loop.Kind kind, String condition, String predicate, int conditionFrom) {
        List<AccessPath> reads = new ArrayList<>();
        for (int i = conditionFrom; i < events.size(); i++) {
            if (events.get(i) instanceof Event.FieldAccess fa && fa.kind() == AccessKind.READ) {
                reads.add(fa.path());
            }
        }
        loops.set(id, new Loop(loopParents.get(id), pos, kind, condition, predicate, reads, List.of()));
    }

    /**
     * Records a jump at {@code pos} that leaves {@code count} loops, innermost first from {@code loop}
     * ({@code count} &lt; 0: all of them, as a {@code return} does).
     */
    void addLoopExit(int loop, int count, Position pos) {
        for (int id = loop, n = 0; id >= 0 && (count < 0 || n < count); id = loopParents.get(id), n++) {
            loopExits.get(id).add(pos);
        }
    }

    /** Fills a reserved loop slot with a loop that has no condition. */
    void setLoop(int id, Loop loop) {
        loops.set(id, loop);
    }

    /** The number of the next try statement of this body. */
    int nextTry() {
        return tryCount++;
    }

    void addCatch(CatchClause c) {
        catches.add(c);
    }

    /** Records the events of a try statement's finally block on its catch clauses. */
    void finallyOf(int tryId, int start, int end) {
        catches.replaceAll(c -> c.tryId() == tryId ? c.withFinally(start, end) : c);
    }

    void addParameter(Variable v) {
        params.add(v);
    }

    void addLocal(Variable v) {
        locals.add(v);
    }

    /** Records a local that a try-with-resources statement closes. */
    void addResource(String uniqueName) {
        resources.add(uniqueName);
    }

    void addCapture(String uniqueName) {
        captures.add(uniqueName);
    }

    /** Notes a read of a final field of this object or an enclosing one, which gets no event of its own. */
    void finalRead(String field) {
        finalReads.add(field);
    }

    /** Whether the body uses the local {@code uniqueName} of an enclosing body. */
    boolean captures(String uniqueName) {
        return captures.contains(uniqueName);
    }

    /** Records the exception types the declaration's {@code throws} clause names, as written. */
    void thrown(List<String> types) {
        thrown = List.copyOf(types);
    }

    /** The declared type of a parameter or local of this body, by unique name, or {@code null}. */
    TypeRef variableType(String uniqueName) {
        for (Variable v : params) {
            if (v.name().equals(uniqueName)) {
                return v.type();
            }
        }
        for (Variable v : locals) {
            if (v.name().equals(uniqueName)) {
                return v.type();
            }
        }
        return null;
    }

    MethodFacts build(String name, MethodFacts.Kind kind, int modifiers, List<AnnotationFacts> annotations,
                      TypeRef returnType, boolean varargs, Position pos, Position range,
                      int closureOf, int siteEvent, Dispatch dispatch) {
        List<Loop> withExits = new ArrayList<>(loops.size());
        for (int id = 0; id < loops.size(); id++) {
            withExits.add(loops.get(id) == null ? null : loops.get(id).withExits(loopExits.get(id)));
        }
        return new MethodFacts(name, kind, modifiers, annotations, params, returnType, varargs, pos, range, events,
                guards, withExits, catches, locals, closureOf, siteEvent, dispatch, List.copyOf(captures),
                List.copyOf(resources), assertions, List.copyOf(finalReads), thrown);
    }
}
