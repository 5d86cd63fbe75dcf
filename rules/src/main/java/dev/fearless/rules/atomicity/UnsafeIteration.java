package dev.fearless.rules.atomicity;

import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.summary.Conflicts;
import dev.fearless.summary.Describe;
import dev.fearless.summary.Initializers;
import dev.fearless.rule.EventKind;
import dev.fearless.rule.EventMatcher;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.summary.FieldUse;
import dev.fearless.summary.Monitors;
import dev.fearless.summary.Nature;
import dev.fearless.summary.Summaries;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Iterating a collection without the lock its writers hold: a {@code Collections.synchronized*}
 * wrapper (each call is synchronized, iteration is not) outside {@code synchronized (list)}, or a plain
 * collection guarded by a lock elsewhere. A concurrent writer makes the iterator fail or see half a
 * change.
 */
@RuleMeta(family = Family.ATOMICITY, severity = Severity.WARNING,
        summary = "Iterating a synchronized wrapper or lock-guarded collection without holding its lock.",
        peers = {})
public final class UnsafeIteration implements EventMatcher {

    @Override
    public Set<EventKind> eventKinds() {
        return Set.of(EventKind.CALL);
    }

    @Override
    public void matchEvent(MethodScope scope, int index, Event event) {
        RuleContext context = scope.context();
        Program program = scope.program();
        Summaries summaries = scope.summaries();
        if (!(event instanceof Event.Call call) || !iterates(program, call)) {
            return;
        }
        MethodInfo m = scope.method();
        AccessPath view = call.receiver().pathOrNull();
        AccessPath collection = view == null ? null : viewBacking(program, m, view);
        if (collection == null) {
            view = null;
            collection = collectionOf(scope.knowledge(), m, call.receiver());
        }
        if (collection == null) {
            return;
        }
        FieldInfo f = program.field(m, collection);
        if (f == null) {
            return;
        }
        Nature nature = summaries.syncTypes().nature(f);
        LockRef needed = null;
        String why = null;
        if (nature == Nature.SYNCHRONIZED_WRAPPER && call.style() == Event.CallStyle.STRING_CONVERSION) {
            return; // the wrapper's own toString() holds its monitor
        }
        String type = program.resolveType(f.facts().type(), f.owner());
        boolean selfSynchronized = nature == Nature.SYNC && type != null && program.knowledge().is(type, TypeTrait.SYNCHRONIZED)
                && (program.is(type, TypeTrait.COLLECTION) || program.is(type, TypeTrait.MAP))
                && call.style() != Event.CallStyle.STRING_CONVERSION
                && CollectionChanges.calledAfterConstruction(program, f, NameGroup.COLLECTION_WRITE);
        if (nature == Nature.SYNCHRONIZED_WRAPPER && changesExcluded(program, summaries, m, call, f, collection)) {
            return; // every change holds a lock this iteration holds: none can come in the middle
        }
        if (nature == Nature.SYNCHRONIZED_WRAPPER) {
            needed = LockRef.monitor(collection);
            why = "a synchronized wrapper: each of its calls is synchronized, but iterating is many calls";
        } else if (selfSynchronized && !heldByAChange(summaries, f, summaries.heldAt(m, call.held()))) {
            // A legacy synchronized collection is often used by one thread: its choice alone shows no
            // sharing, so the iteration is reported only where a change on another thread is known.
            Conflicts.Race race = Conflicts.at(program, summaries, f, m, call.pos(), u -> true);
            if (race != null && race != Conflicts.Race.NONE) {
                needed = LockRef.monitor(collection);
                why = "a " + Describe.simple(type) + " changed by another thread (" + Conflicts.proof(summaries,
                        race.use(), race.other()) + "): each of its calls is synchronized, but iterating is many calls";
            }
        } else if (nature == Nature.UNSAFE && collection.isOwnField() && m.owner() == f.owner()
                && !frozenBeforeIteration(summaries, f, m, call)) {
            java.util.SortedSet<LockRef> writers = writersLocks(summaries.uses(f));
            if (writers.stream().anyMatch(l -> Monitors.held(program, summaries, m, call.held(), l))) {
                return; // every change holds a lock this iteration holds (of several the changes hold)
            }
            needed = writers.isEmpty() ? null : writers.first();
            why = needed == null ? null : "guarded by `" + Describe.lock(needed) + "` wherever it is changed";
        }
        if (needed == null || Monitors.held(program, summaries, m, call.held(), needed)
                || needed.kind() == LockRef.Kind.WRITE && Monitors.held(program, summaries, m, call.held(),
                        LockRef.lock(LockRef.Kind.READ, needed.path()))) {
            return;
        }
        if (view != null && nature == Nature.SYNCHRONIZED_WRAPPER) {
            context.report(m, call.pos(), "`" + collection.display() + "` is iterated through its view `"
                    + view.display() + "` without holding `" + Describe.lock(needed) + "`, yet it is " + why
                    + " (its views too lock `" + collection.display() + "`, not themselves): a lock on the view "
                    + "keeps out no writer, and a concurrent change makes this iteration fail with "
                    + "ConcurrentModificationException; iterate inside `synchronized (" + Describe.lock(needed)
                    + ")`").add();
            return;
        }
        String iterated = call.style() == Event.CallStyle.STRING_CONVERSION
                ? "` is iterated by its toString(), concatenated into a string here, without holding `"
                : "` is iterated without holding `";
        context.report(m, call.pos(), "`" + collection.display() + iterated
                + Describe.lock(needed) + "`, yet it is " + why + ": a concurrent change makes this iteration fail "
                + "with ConcurrentModificationException or see a half-made change; iterate inside `synchronized ("
                + Describe.lock(needed) + ")` or over a copy").add();
    }

    /**
     * Whether a freeze orders every change of the collection before this iteration: the changes are made
     * where a one-shot flag was seen unset, under its lock, and the iteration by the one thread that set it,
     * after setting it (a future's listeners added while it is not done, walked by the thread that completed
     * it: {@link dev.fearless.summary.Freezes}).
     */
    private static boolean frozenBeforeIteration(Summaries summaries, FieldInfo f, MethodInfo m, Event.Call call) {
        List<FieldUse> uses = summaries.uses(f);
        List<FieldUse> iteration = uses.stream().filter(u -> u.originMethod() == m && u.origin().equals(call.pos())).toList();
        boolean anyChange = false;
        for (FieldUse w : uses) {
            if (!w.op().isWrite() || iteration.contains(w)) {
                continue;
            }
            anyChange = true;
            for (FieldUse u : iteration) {
                if (!summaries.freezes().ordered(u, w)) {
                    return false;
                }
            }
        }
        return anyChange && !iteration.isEmpty();
    }

    private static boolean iterates(Program program, Event.Call call) {
        return call.style() == Event.CallStyle.FOR_EACH || call.style() == Event.CallStyle.STRING_CONVERSION
                || program.knowledge().inGroup(NameGroup.COLLECTION_ITERATE, call.name()) && call.arity() == 0;
    }

    /** The field holding the collection iterated, directly or through a view ({@code map.entrySet()}). */
    private static AccessPath collectionOf(KnowledgeBase knowledge, MethodInfo m, Value receiver) {
        AccessPath p = receiver.pathOrNull();
        if (p != null) {
            return p.isField() ? p : null;
        }
        if (receiver instanceof Value.CallResult cr && m.facts().eventAt(cr.eventIndex()) instanceof Event.Call view
                && knowledge.inGroup(NameGroup.MAP_VIEW, view.name())) {
            AccessPath owner = view.receiver().pathOrNull();
            return owner != null && owner.isField() ? owner : null;
        }
        return null;
    }

    /**
     * The field of the collection whose view ({@code keySet()}, {@code values()}, {@code entrySet()}) the
     * local or final field {@code p} holds, assigned once ({@code keys = map.keySet()}); {@code null} when
     * {@code p} holds no such view.
     */
    private static AccessPath viewBacking(Program program, MethodInfo m, AccessPath p) {
        MethodInfo where;
        Value held;
        if (p.root() == AccessPath.Root.LOCAL && !p.isField()) {
            where = m;
            held = m.facts().onlyAssignment(p.rootName());
        } else if (p.isOwnField()) {
            FieldInfo f = program.field(m, p);
            if (f == null || !f.facts().isFinal() || f.facts().isStatic()) {
                return null;
            }
            where = Initializers.of(f);
            held = f.facts().initializer();
        } else {
            return null;
        }
        if (where == null || !(held instanceof Value.CallResult cr)
                || !(where.facts().eventAt(cr.eventIndex()) instanceof Event.Call view)
                || !program.knowledge().inGroup(NameGroup.MAP_VIEW, view.name())) {
            return null;
        }
        AccessPath owner = view.receiver().pathOrNull();
        return owner != null && owner.isOwnField() ? owner : null;
    }

    /**
     * The comparable lock held by every change to the collection's contents (there being some), or
     * {@code null}. Replacing the whole collection in the field is no change to the one being iterated.
     */
    /**
     * Whether a lock held at the iteration is also held by some change of the collection: the code then
     * serializes the collection's users with a lock of its own rather than the collection's monitor.
     */
    private static boolean heldByAChange(Summaries summaries, FieldInfo f, LockSet held) {
        if (held.isEmpty()) {
            return false;
        }
        for (FieldUse u : summaries.uses(f)) {
            if (u.op().isWrite() && u.op().throughContents()) {
                for (LockRef l : u.held().locks()) {
                    if (held.contains(l)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether every change of the contents of the object's own collection field (outside construction)
     * holds a lock of the object that the iteration holds too, though not the wrapper's own monitor: the
     * changes are kept out all the same.
     */
    private static boolean changesExcluded(Program program, Summaries summaries, MethodInfo m, Event.Call call,
                                           FieldInfo f, AccessPath collection) {
        if (!collection.isOwnField() || m.owner() != f.owner()) {
            return false;
        }
        return writersLocks(summaries.uses(f)).stream().anyMatch(l -> Monitors.held(program, summaries, m, call.held(), l));
    }

    /** The locks every change of the collection holds (of its object's own, a class's or a static one). */
    private static java.util.SortedSet<LockRef> writersLocks(List<FieldUse> uses) {
        TreeSet<LockRef> common = null;
        for (FieldUse u : uses) {
            if (!u.op().isWrite() || !u.op().throughContents() || u.method().declaringMethod().facts().isInitialization()) {
                continue;
            }
            TreeSet<LockRef> locks = new TreeSet<>();
            for (LockRef l : u.held().locks()) {
                if (l.kind() == LockRef.Kind.CLASS || l.path().root() == AccessPath.Root.THIS
                        || l.path().root() == AccessPath.Root.STATIC) {
                    locks.add(l);
                }
            }
            if (common == null) {
                common = locks;
            } else {
                common.retainAll(locks);
            }
        }
        return common == null ? new TreeSet<>() : common;
    }
}
