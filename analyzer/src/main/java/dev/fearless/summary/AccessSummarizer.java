package dev.fearless.summary;

import dev.fearless.budget.Cutoffs;
import dev.fearless.facts.AccessPath;
import dev.fearless.facts.AccessPath.Root;
import dev.fearless.facts.Assertion;
import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.CallSite;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.StaticType;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes each method's accesses relative to its entry, folding in its callees' accesses under the
 * locks held at the call, moved into the caller's frame. Bottom-up over the strongly connected
 * components of the call graph, iterated to a fixed point inside each component. Accesses through
 * locals are owned and not recorded; paths are cut at two fields; summaries are capped per method.
 */
final class AccessSummarizer {

    static final int MAX_RECORDS = 96;
    /**
     * Only single-field paths are kept: the race rules judge an object's own fields ({@code this.f},
     * statics, an enclosing instance's), and a parameter's field is kept so a caller passing its own
     * object (or field) can map it back. Deeper paths would only ever be dropped by the rules.
     */
    private static final int MAX_PATH = 1;
    /**
     * A component's summaries grow (monotonically, up to {@link #MAX_RECORDS}) until they stop
     * changing; this many rounds without a fixed point means something is wrong, and is reported.
     */
    private static final int MAX_ROUNDS = 64;
    /** Stands for a callee's lock the caller cannot name: the access is guarded, by what is unknown. */
    static final LockRef OPAQUE = LockRef.monitor(AccessPath.root(Root.LOCAL, "(lock held in a callee)"));

    private final Program program;
    private final Map<MethodInfo, List<AccessRecord>> summaries = new IdentityHashMap<>();
    /** Equal lock sets and locks built while folding are shared: summaries repeat them a great deal. */
    private final Map<LockSet, LockSet> lockSets = new java.util.HashMap<>();
    private final Map<LockRef, LockRef> locks = new java.util.HashMap<>();
    private final Map<AccessPath, AccessPath> paths = new java.util.HashMap<>();

    private final Cutoffs cutoffs;
    private final Loops loops;
    private final Instantiations objects;

    AccessSummarizer(Program program, Cutoffs cutoffs, Instantiations objects) {
        this.program = program;
        this.cutoffs = cutoffs;
        this.loops = new Loops(program);
        this.objects = objects;
    }

    Map<MethodInfo, List<AccessRecord>> summarize() {
        for (List<MethodInfo> component : Components.bottomUp(program)) {
            if (component.size() == 1 && !Components.selfRecursive(program, component.get(0))) {
                MethodInfo m = component.get(0);
                summaries.put(m, compute(m));
                continue;
            }
            if (!fixedPoint(component)) {
                cutoffs.hit("access summaries", "no fixed point in " + MAX_ROUNDS + " rounds",
                        component.get(0).qualifiedName());
            }
        }
        return summaries;
    }

    /**
     * Summarizes a recursive component until no summary changes: a worklist, so that only the callers
     * (in the component) of a method whose summary changed are computed again. False when some method
     * was computed {@link #MAX_ROUNDS} times without the component settling.
     */
    private boolean fixedPoint(List<MethodInfo> component) {
        Set<MethodInfo> members = Collections.newSetFromMap(new IdentityHashMap<>());
        members.addAll(component);
        Deque<MethodInfo> work = new ArrayDeque<>(component);
        Set<MethodInfo> queued = Collections.newSetFromMap(new IdentityHashMap<>());
        queued.addAll(component);
        Map<MethodInfo, Integer> runs = new IdentityHashMap<>();
        while (!work.isEmpty()) {
            MethodInfo m = work.poll();
            queued.remove(m);
            if (runs.merge(m, 1, Integer::sum) > MAX_ROUNDS) {
                return false;
            }
            List<AccessRecord> next = compute(m);
            List<AccessRecord> old = summaries.put(m, next);
            if (old != null && keys(next).equals(keys(old))) {
                continue;
            }
            for (CallSite s : program.callGraph().callersOf(m)) {
                MethodInfo caller = s.caller();
                if (members.contains(caller) && queued.add(caller)) {
                    work.add(caller);
                }
            }
        }
        return true;
    }

    private List<AccessRecord> compute(MethodInfo m) {
        Map<Key, AccessRecord> records = new LinkedHashMap<>();
        List<Event> events = m.facts().events();
        // a check that the code runs on an event loop (if (loop.inEventLoop()) ...) holds for what the
        // method does under it, whichever entry reaches the method
        Map<Integer, LogicalThread> checked = loops.checkedEvents(m);
        for (int i = 0; i < events.size() && records.size() < MAX_RECORDS; i++) {
            Event e = events.get(i);
            if (assertionCheck(m, i)) {
                continue;
            }
            if (e instanceof Event.FieldAccess fa) {
                if (tracked(fa.path())) {
                    add(records, new AccessRecord(fa.path(), op(fa.kind()), "", fa.held(), fa.pos(), m, fa.pos(), checked.get(i)));
                }
            } else if (e instanceof Event.Call call) {
                AccessPath receiver = call.receiver().pathOrNull();
                if (receiver != null && receiver.isField() && tracked(receiver)) {
                    AccessOp op = containerOp(m, call);
                    if (op == AccessOp.CALL_READ && iteratedView(m, i, call)) {
                        op = AccessOp.CALL_ITERATE; // for (e : map.entrySet()) walks the map itself
                    }
                    if (op != null) {
                        add(records, new AccessRecord(receiver, op, call.name(), call.held(), call.pos(), m, call.pos(), checked.get(i)));
                    }
                }
            }
        }
        for (CallSite s : program.callGraph().callsFrom(m)) {
            if (records.size() >= MAX_RECORDS) {
                break;
            }
            List<AccessRecord> callee = summaries.get(s.target());
            if (callee == null || callee.isEmpty() || assertionCheck(m, s.event()) || !objects.mayRun(s.target())) {
                continue;
            }
            Event at = events.get(s.event());
            LogicalThread onLoop = checked.get(s.event());
            boolean sameClass = s.target().owner().topLevel() == m.owner().topLevel();
            for (AccessRecord r : callee) {
                if (r.path().root() == Root.STATIC && !sameClass) {
                    continue; // the static's own class reports it from its own entries; folding it everywhere explodes
                }
                AccessPath mapped = Frames.intoCaller(r.path(), m, s.event(), s.target(), program);
                if (mapped == null || !tracked(mapped)) {
                    continue;
                }
                mapped = paths.computeIfAbsent(mapped, k -> k);
                LockSet held = at.held();
                for (LockRef l : r.held().locks()) {
                    LockRef moved = l == OPAQUE ? OPAQUE : Frames.intoCaller(l, m, s.event(), s.target(), program);
                    held = held.plus(moved == null ? OPAQUE : locks.computeIfAbsent(moved, k -> k));
                }
                held = lockSets.computeIfAbsent(held, k -> k);
                add(records, new AccessRecord(mapped, r.op(), r.call(), held, at.pos(), r.originMethod(), r.origin(),
                        r.loop() != null ? r.loop() : onLoop));
                if (records.size() >= MAX_RECORDS) {
                    break;
                }
            }
        }
        if (records.size() >= MAX_RECORDS) {
            cutoffs.hit("access summaries", MAX_RECORDS + " accesses kept per method", m.qualifiedName());
        }
        return List.copyOf(records.values());
    }

    /**
     * Whether the event is part of an {@code assert} statement's check: it runs only in debugging runs
     * with assertions enabled, and does not share state the way the code does.
     */
    private static boolean assertionCheck(MethodInfo m, int event) {
        for (Assertion a : m.facts().assertions()) {
            if (a.checks(event)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Records with the same key say the same thing about the method: one witness (the first, in source
     * order) is enough, since the rules report at most one finding per method, field and kind of access.
     */
    private record Key(AccessPath path, AccessOp op, LockSet held, LogicalThread loop) {
    }

    /**
     * What a summary says, without its witnesses: the fixed point is reached when no method's set of
     * keys changes (which access shows a key may differ from round to round in a recursive component).
     */
    private static java.util.Set<Key> keys(List<AccessRecord> records) {
        java.util.Set<Key> keys = new java.util.HashSet<>();
        for (AccessRecord r : records) {
            keys.add(new Key(r.path(), r.op(), r.held(), r.loop()));
        }
        return keys;
    }

    private static void add(Map<Key, AccessRecord> records, AccessRecord r) {
        records.putIfAbsent(new Key(r.path(), r.op(), r.held(), r.loop()), r);
    }


    private static boolean tracked(AccessPath p) {
        return p.isField() && p.fields().size() <= MAX_PATH && p.root() != Root.LOCAL;
    }

    private static AccessOp op(Event.AccessKind kind) {
        return switch (kind) {
            case READ -> AccessOp.READ;
            case WRITE -> AccessOp.WRITE;
            case UPDATE -> AccessOp.UPDATE;
            case ELEMENT_READ -> AccessOp.ELEMENT_READ;
            case ELEMENT_WRITE -> AccessOp.ELEMENT_WRITE;
        };
    }

    /**
     * Whether call {@code i} of {@code m} takes a view of the collection ({@code keySet()}, {@code values()},
     * {@code entrySet()}) that a for-each of the method then walks: walking the view walks the collection.
     */
    private boolean iteratedView(MethodInfo m, int i, Event.Call call) {
        if (!program.knowledge().inGroup(NameGroup.COLLECTION_VIEW, call.name())) {
            return false;
        }
        List<Event> events = m.facts().events();
        for (int k = i + 1; k < events.size(); k++) {
            if (events.get(k) instanceof Event.Call walk && walk.style() == Event.CallStyle.FOR_EACH
                    && walk.receiver() instanceof Value.CallResult r && r.eventIndex() == i) {
                return true;
            }
        }
        return false;
    }

    /** How a call on a container, builder, formatter or date held in a field touches it, or {@code null}. */
    private AccessOp containerOp(MethodInfo m, Event.Call call) {
        StaticType type = program.staticType(m, call.receiver());
        String name = type.name();
        if (name == null || program.type(name) != null) {
            return null;
        }
        if (name.endsWith("[]")) {
            // for (long c : checksums): the loop reads each element of the array, as iterating a collection does
            return call.style() == Event.CallStyle.FOR_EACH ? AccessOp.CALL_ITERATE : null;
        }
        var kb = program.knowledge();
        boolean container = program.is(name, TypeTrait.COLLECTION) || program.is(name, TypeTrait.MAP);
        if (container) {
            if (call.style() == Event.CallStyle.FOR_EACH || call.style() == Event.CallStyle.STRING_CONVERSION
                    || kb.inGroup(NameGroup.COLLECTION_ITERATE, call.name())) {
                return AccessOp.CALL_ITERATE;
            }
            if (kb.inGroup(NameGroup.COLLECTION_WRITE, call.name())) {
                return AccessOp.CALL_WRITE;
            }
            if (kb.inGroup(NameGroup.COLLECTION_READ, call.name())) {
                return AccessOp.CALL_READ;
            }
            return null;
        }
        if (program.is(name, TypeTrait.STRINGBUILDER)) {
            return kb.inGroup(NameGroup.BUILDER_WRITE, call.name()) ? AccessOp.CALL_WRITE
                    : kb.inGroup(NameGroup.BUILDER_READ, call.name()) ? AccessOp.CALL_READ : null;
        }
        if (name.equals("java.util.Date") || program.isSubtype(name, "java.util.Calendar")) {
            return kb.inGroup(NameGroup.DATE_WRITE, call.name()) ? AccessOp.CALL_WRITE : AccessOp.CALL_READ;
        }
        if (program.is(name, TypeTrait.FORMAT) && program.is(name, TypeTrait.UNSAFE)) {
            // A formatter, parser or digest changes its own state on every use (format, parse, digest);
            // asking for its settings reads what only its setters change, not the state a use changes.
            return kb.inGroup(NameGroup.FORMAT_READ, call.name()) ? null : AccessOp.CALL_WRITE;
        }
        return null;
    }
}
