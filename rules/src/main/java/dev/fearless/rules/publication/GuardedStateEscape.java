package dev.fearless.rules.publication;

import dev.fearless.knowledge.AnnotationTrait;
import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Contract;
import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.Modifiers;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.CallSite;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import dev.fearless.summary.Api;
import dev.fearless.summary.Describe;
import dev.fearless.summary.Lifecycle;
import dev.fearless.rule.Family;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.rule.TypeMatcher;
import dev.fearless.summary.AccessOp;
import dev.fearless.summary.Evidence;
import dev.fearless.summary.FieldUse;
import dev.fearless.summary.Guards;
import dev.fearless.summary.Monitors;
import dev.fearless.summary.Nature;
import dev.fearless.summary.Retention;
import dev.fearless.summary.RaceFields;
import dev.fearless.summary.Summaries;
import java.util.ArrayList;
import java.util.List;

/**
 * A method of a class that locks its own state (or is {@code @ThreadSafe}) returns, or hands to another
 * object that keeps it, a mutable collection or array field whose contents it changes under a lock. The
 * caller gets the live object without the lock. An unmodifiable view is still live. Copies, concurrent
 * collections, immutable values, and collections only filled during construction are fine, and so is a
 * class whose comment documents it not thread-safe. A public field whose value or contents the class
 * changes under a lock is reported at its declaration: code outside the class can use it without the lock.
 */
@RuleMeta(family = Family.PUBLICATION, severity = Severity.WARNING,
        summary = "A thread-safe class returns or passes out its lock-guarded mutable collection or array, or keeps "
                + "lock-guarded state in a public field.",
        peers = {})
public final class GuardedStateEscape implements TypeMatcher {

    private static final int DEPTH = 2;

    @Override
    public void matchType(RuleContext context, TypeInfo t) {
        Program program = context.program();
        Summaries summaries = context.summaries();
        Evidence evidence = summaries.evidence(t);
        // A class documented not thread-safe leaves sharing to its callers: a caller that iterates the
        // returned collection while another thread changes it breaks the documented contract, not the class.
        if (!evidence.meantToBeShared() || t.facts().documented() == Contract.NOT_THREAD_SAFE) {
            return;
        }
        for (FieldInfo f : t.fields()) {
            List<FieldUse> guarded = guardedMutations(program, summaries, f);
            if (!guarded.isEmpty()) {
                findEscapes(context, t, f, guarded);
            }
            if (visibleOutside(t, f) && !f.facts().isVolatile()) {
                reportPublic(context, t, f, guarded.isEmpty() ? guardedWrites(summaries, f) : guarded, !guarded.isEmpty());
            }
        }
    }

    /** Whether code outside the program can name the field: public, in a public type (and public enclosing types). */
    private static boolean visibleOutside(TypeInfo t, FieldInfo f) {
        if (!Modifiers.has(f.facts().modifiers(), Modifiers.PUBLIC) && !t.isInterface()) {
            return false;
        }
        for (TypeInfo x = t; x != null; x = x.enclosing()) {
            if (!Modifiers.has(x.facts().modifiers(), Modifiers.PUBLIC) || x.isLocal() || x.isAnonymous()) {
                return false;
            }
        }
        return true;
    }

    /** The writes of a non-final field made under the lock that guards it, when it has one; else empty. */
    private static List<FieldUse> guardedWrites(Summaries summaries, FieldInfo f) {
        if (f.facts().isFinal()) {
            return List.of();
        }
        Guards guards = Guards.infer(summaries.uses(f));
        if (guards.lock() == null) {
            return List.of();
        }
        return guards.guarded().stream().filter(u -> u.op().isWrite()).toList();
    }

    /**
     * A public field whose value (or contents) the class changes under a lock: code outside the class
     * reads and changes it without that lock.
     */
    private static void reportPublic(RuleContext context, TypeInfo t, FieldInfo f, List<FieldUse> guarded,
                                     boolean contents) {
        if (guarded.isEmpty()) {
            return;
        }
        String lock = Describe.lock(guarded.get(0).held().locks().get(0));
        RuleContext.FindingBuilder finding = context.report(t, f.facts().pos(), "`" + f.name() + "` is public, but `"
                + t.simpleName() + (contents ? "` changes its contents under `" : "` changes it under `") + lock + "`: code "
                + "outside the class can read and change it without the lock while other threads change it; make it "
                + "private and give it accessors that take the lock"
                + (contents ? " (returning a copy)" : ""));
        int shown = 0;
        for (FieldUse u : guarded) {
            if (shown++ == 2) {
                break;
            }
            finding.related(u.method(), u.site(), "`" + f.name() + "` is changed under `"
                    + Describe.lock(u.held().locks().get(0)) + "` here");
        }
        finding.add();
    }

    /** The mutations of the field's contents made under a lock, when those are most of its mutations; else empty. */
    private static List<FieldUse> guardedMutations(Program program, Summaries summaries, FieldInfo f) {
        boolean array = f.facts().type().isArray();
        String type = program.resolveType(f.facts().type(), f.owner());
        boolean container = type != null && (program.is(type, TypeTrait.COLLECTION) || program.is(type, TypeTrait.MAP));
        if (!array && !container || f.facts().isVolatile() || summaries.syncTypes().nature(f) != Nature.UNSAFE) {
            return List.of();
        }
        List<FieldUse> locked = new ArrayList<>();
        int unlocked = 0;
        for (FieldUse u : summaries.uses(f)) {
            if (u.op() != AccessOp.CALL_WRITE && u.op() != AccessOp.ELEMENT_WRITE) {
                continue;
            }
            if (u.held().isEmpty()) {
                unlocked++;
            } else {
                locked.add(u);
            }
        }
        return locked.size() >= Math.max(1, unlocked) ? locked : List.of();
    }

    private static void findEscapes(RuleContext context, TypeInfo t, FieldInfo f, List<FieldUse> guarded) {
        Program program = context.program();
        Summaries summaries = context.summaries();
        for (MethodInfo m : t.methods()) {
            var facts = m.facts();
            if (facts.isPrivate() || facts.isClosure() || facts.isInitialization()
                    || program.knowledge().annotated(facts.annotations(), AnnotationTrait.GUARDED_BY)
                    || program.knowledge().annotated(facts.annotations(), AnnotationTrait.FOR_TESTING)
                    || program.knowledge().inGroup(NameGroup.TEST_ONLY, m.name())
                    || !summaries.entryLocks(m).isEmpty() || facts.isStatic() != f.facts().isStatic()
                    || RaceFields.callerConfined(m)
                    || unused(program, m)) {
                continue;
            }
            List<Event> events = facts.events();
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                String how = null;
                if (e instanceof Event.Return r && live(program, m, r.value(), f, i)) {
                    how = isField(r.value(), f) ? "returns `" + f.name() + "`" : "returns a live view of `" + f.name() + "`";
                } else if (e instanceof Event.Call call && !call.receiver().isSelf()) {
                    how = passedOut(program, m, i, call, f);
                }
                if (how != null && !lockedByEveryCaller(program, summaries, m, guarded)
                        && !(e instanceof Event.Return && selfGuarded(guarded, f) && usedLockedByCallers(program, m, DEPTH))) {
                    report(context, m, e, f, how, guarded);
                }
            }
        }
    }

    /**
     * A method that nothing in the program calls and that no client can reach either: a package-private
     * method of a public class (an accessor kept for tests), or one of a type clients cannot name or its
     * project keeps for itself ({@code internals} packages, {@link Api#internal}) that overrides nothing
     * clients call. Whatever it returns, no concurrent code sees.
     */
    private static boolean unused(Program program, MethodInfo m) {
        if (!program.callGraph().callersOf(m).isEmpty()) {
            return false;
        }
        int mods = m.facts().modifiers();
        boolean visible = dev.fearless.facts.Modifiers.has(mods, dev.fearless.facts.Modifiers.PUBLIC)
                || dev.fearless.facts.Modifiers.has(mods, dev.fearless.facts.Modifiers.PROTECTED) || m.owner().isInterface();
        boolean publicType = dev.fearless.facts.Modifiers.has(m.owner().facts().modifiers(), dev.fearless.facts.Modifiers.PUBLIC);
        boolean hidden = Api.internal(program, m.owner()) || !Api.exported(m.owner());
        return publicType && !visible || hidden && !Api.overridesForClients(program, m);
    }

    /** Whether every call of the method in the program holds the lock that guards the field (the caller uses it locked). */
    private static boolean lockedByEveryCaller(Program program, Summaries summaries, MethodInfo m, List<FieldUse> guarded) {
        for (LockRef lock : guarded.get(0).held().locks()) {
            if (Monitors.heldByAllCallers(program, summaries, m, lock)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the field's contents are guarded by the field's own object's monitor ({@code synchronized (watches)}). */
    private static boolean selfGuarded(List<FieldUse> guarded, FieldInfo f) {
        for (LockRef l : guarded.get(0).held().locks()) {
            AccessPath p = l.path();
            if (l.kind() == LockRef.Kind.MONITOR && p != null && p.isOwnField()
                    && p.fields().size() == 1 && p.lastField().equals(f.name())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every call of {@code m} in the program (there being at least one) uses what it returns only
     * under that object's own monitor, or returns it to callers that do ({@code watches = getWatches(rc);
     * synchronized (watches) { watches.get(path) ... }}): an object guarded by its own monitor carries its
     * lock to whoever holds it, and these callers take it.
     */
    private static boolean usedLockedByCallers(Program program, MethodInfo m, int depth) {
        List<CallSite> callers = program.callGraph().callersOf(m);
        if (callers.isEmpty() || depth < 0) {
            return false;
        }
        for (CallSite s : callers) {
            if (!usedLocked(program, s.caller(), s.event(), depth)) {
                return false;
            }
        }
        return true;
    }

    private static boolean usedLocked(Program program, MethodInfo c, int call, int depth) {
        List<Event> events = c.facts().events();
        String local = null;
        for (int i = call + 1; i < events.size(); i++) {
            Event e = events.get(i);
            if (e instanceof Event.LocalAssign la && la.value() instanceof Value.CallResult cr && cr.eventIndex() == call) {
                local = la.local();
            } else if (e instanceof Event.Return r && resultOf(r.value(), call)) {
                return usedLockedByCallers(program, c, depth - 1);
            }
        }
        if (local == null) {
            return false;
        }
        AccessPath p = AccessPath.root(AccessPath.Root.LOCAL, local);
        boolean used = false;
        for (Event e : events) {
            AccessPath on = Event.touched(e);
            if (on == null || !on.root().equals(AccessPath.Root.LOCAL) || !on.rootName().equals(local)) {
                continue;
            }
            used = true;
            if (!e.held().locks().contains(LockRef.monitor(p))) {
                return false;
            }
        }
        return used;
    }

    /** Whether the value is the result of call {@code call}, or a choice one of whose options is ({@code ok ? a() : b()}). */
    private static boolean resultOf(Value v, int call) {
        return v instanceof Value.CallResult cr && cr.eventIndex() == call
                || v instanceof Value.Choice choice && choice.options().stream().anyMatch(o -> resultOf(o, call));
    }

    /** How a call hands the field to another object that keeps it, or null. */
    private static String passedOut(Program program, MethodInfo m, int index, Event.Call call, FieldInfo f) {
        for (int a = 0; a < call.args().size(); a++) {
            if (!live(program, m, call.args().get(a), f, index)) {
                continue;
            }
            List<MethodInfo> targets = program.callGraph().targets(m, index);
            if (targets.stream().noneMatch(t -> t.facts().isStatic())
                    && Retention.callRetains(program, targets, a, DEPTH)) {
                return "passes `" + f.name() + "` to `" + Describe.value(m, call.receiver()) + "." + call.name()
                        + "(...)`, which keeps it";
            }
        }
        return null;
    }

    /**
     * Whether the value at event {@code at} is the field's object itself, an unmodifiable view of it, or a
     * local holding either that the field still refers to (not one swapped out by a later store).
     */
    private static boolean live(Program program, MethodInfo m, Value v, FieldInfo f, int at) {
        if (isField(v, f)) {
            return true;
        }
        List<Event> events = m.facts().events();
        if (v instanceof Value.CallResult cr && cr.eventIndex() >= 0 && cr.eventIndex() < events.size()
                && events.get(cr.eventIndex()) instanceof Event.Call call && !call.args().isEmpty()
                && program.traits(m, call).contains(MethodTrait.UNMODIFIABLE_VIEW)) {
            return isField(call.args().get(0), f);
        }
        if (v instanceof Value.CallResult cr && cr.eventIndex() >= 0 && cr.eventIndex() < events.size()
                && events.get(cr.eventIndex()) instanceof Event.Call call && isField(call.receiver(), f)
                && (program.knowledge().inGroup(NameGroup.COLLECTION_VIEW, call.name())
                    || program.knowledge().inGroup(NameGroup.ITERATOR, call.name()))) {
            return true;
        }
        AccessPath p = v.pathOrNull();
        if (p == null || p.isField() || p.root() != AccessPath.Root.LOCAL) {
            return false;
        }
        for (int i = Math.min(at, events.size()) - 1; i >= 0; i--) {
            Event e = events.get(i);
            if (e instanceof Event.FieldAccess fa && fa.kind() == Event.AccessKind.WRITE && isField(new Value.PathValue(fa.path()), f)) {
                return false;
            }
            if (e instanceof Event.LocalAssign la && la.local().equals(p.rootName())) {
                return live(program, m, la.value(), f, i);
            }
        }
        return false;
    }

    private static boolean isField(Value v, FieldInfo f) {
        AccessPath p = v.pathOrNull();
        return p != null && p.lastField().equals(f.name()) && (f.facts().isStatic() ? p.isStaticField() : p.isOwnField());
    }


    private static void report(RuleContext context, MethodInfo m, Event at, FieldInfo f, String how, List<FieldUse> guarded) {
        FieldUse g = guarded.get(0);
        String lock = Describe.lock(g.held().locks().get(0));
        // Handed out only while the object starts its work (every call made from a start-up step), before the
        // threads that change it under the lock run: a note.
        MethodInfo step = Lifecycle.startUpOnly(context.program(), m) ? Lifecycle.stepOf(context.program(), m) : null;
        RuleContext.FindingBuilder finding = context.report(m, at.pos(), "`" + m.display() + "` " + how + ", whose "
                + "contents are changed under `" + lock + "`: callers then read or change it without the lock while "
                + "other threads change it; return a copy (or keep it in a concurrent collection)"
                + (step == null ? "" : "; `" + m.display() + "` runs only as `" + step.display() + "` starts the "
                        + "object's work, so its callers meet those changes only if they keep it past then"));
        if (step != null) {
            finding.note();
        }
        int shown = 0;
        for (FieldUse u : guarded) {
            if (shown++ == 2) {
                break;
            }
            finding.related(u.method(), u.site(), "`" + f.name() + "` is changed under `" + Describe.lock(u.held().locks().get(0))
                    + "` here");
        }
        finding.add();
    }
}
