package dev.fearless.rules.atomicity;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Guard;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.rule.MethodScope;
import dev.fearless.summary.Describe;
import dev.fearless.summary.RaceFields;
import dev.fearless.summary.Summaries;
import dev.fearless.summary.ThreadSet;
import java.util.List;

/**
 * Check-then-act on a lifecycle flag: a method adds to a container of its object only once it has seen a
 * volatile flag ({@code closed}, {@code shutdown}) unset, with no lock (or under a lock taken only after the
 * check: closing can run whole under it in between), while another method sets the flag and then drains
 * that container. A thread that passed the check can add after the drain, and what it adds
 * is never taken out again (a session or buffer leaked, a task never run). Doing both under one lock, or
 * reading the flag again after the add and taking the element back out, closes the window; a method that
 * reads the flag again after its add is not reported.
 */
final class ClosedThenAdded {

    /** How many locals are followed back to the container field their value came from. */
    private static final int DEPTH = 2;

    private ClosedThenAdded() {
    }

    static void report(MethodScope scope, int index, Event.Call add) {
        Program program = scope.program();
        KnowledgeBase knowledge = scope.knowledge();
        MethodInfo m = scope.method();
        if (!knowledge.inGroup(NameGroup.COLLECTION_INSERT, add.name()) || m.facts().isInitialization()
                || m.facts().isStatic() || RaceFields.forTesting(m)) {
            return;
        }
        Summaries summaries = scope.summaries();
        FieldInfo container = container(program, m, add.receiver(), DEPTH);
        if (container == null || container.facts().isStatic()) {
            return;
        }
        LockSet addLocks = summaries.heldAt(m, add.held());
        Guard check = null;
        FieldInfo flag = null;
        for (Guard g : m.facts().guardChain(add)) {
            for (Guard.Test t : g.implied()) {
                FieldInfo f = t.kind() == Guard.TestKind.IS_FALSE ? flag(program, m, t.subject()) : null;
                // Under a lock, the add races with closing only when the flag was checked before the lock was
                // taken: a check again under it (`if (closed) throw` inside the block) closes the window.
                if (f != null && !addLocks.isEmpty() && summaries.heldAt(m, g.held()).locks().containsAll(addLocks.locks())) {
                    return;
                }
                if (f != null) {
                    check = g;
                    flag = f;
                }
            }
        }
        if (flag == null || readAfter(m, index, flag)) {
            return;
        }
        ThreadSet adders = summaries.sharedThreadsAt(m, add.pos());
        for (MethodInfo x : program.writtenInTopLevelOf(m.owner())) {
            if (x == m || x.facts().isInitialization()) {
                continue;
            }
            int set = setsTrue(program, x, flag);
            int drain = set < 0 ? -1 : drainAfter(program, knowledge, x, set, container);
            if (drain < 0) {
                continue;
            }
            Event taken = x.facts().eventAt(drain);
            ThreadSet closers = summaries.sharedThreadsAt(x, taken.pos());
            if (!summaries.threads().concurrent(adders, closers)
                    || addLocks.isEmpty() && !summaries.heldAt(x, taken.held()).isEmpty()) {
                continue;
            }
            scope.report(add.pos(), "check-then-act on a lifecycle flag: `" + Describe.value(m, add.receiver()) + "."
                    + add.name() + "()` adds to `" + container.name() + "` once `" + flag.name() + "` was seen unset, "
                    + "but `" + x.display() + "` can set `" + flag.name() + "` and drain `" + container.name()
                    + "` in between" + (addLocks.isEmpty() ? "" : " (the check is made before "
                    + Describe.locks(addLocks) + " is taken, so closing can run whole between the check and the add)")
                    + ": what is added after the drain is never taken out; add under the lock that "
                    + "closing takes, or read `" + flag.name() + "` again after the add and take the element back out; `"
                    + m.display() + "` runs on " + first(adders) + ", `" + x.display() + "` on " + first(closers))
                    .related(m, check.pos(), "`" + flag.name() + "` is checked here")
                    .related(x, x.facts().eventAt(set).pos(), "`" + flag.name() + "` is set here, in `" + x.display() + "`")
                    .related(x, taken.pos(), "`" + container.name() + "` is drained here (the other side)")
                    .add();
            return;
        }
    }

    private static String first(ThreadSet set) {
        return set.threads().isEmpty() ? "no thread" : set.threads().get(0).description();
    }

    /** The volatile boolean field of the object that {@code v} reads, or {@code null}. */
    private static FieldInfo flag(Program program, MethodInfo m, Value v) {
        AccessPath p = v.pathOrNull();
        if (p == null || !p.isOwnField()) {
            return null;
        }
        FieldInfo f = program.field(m, p);
        return f != null && f.facts().isVolatile() && !f.facts().isStatic() && f.facts().type().isBoolean() ? f : null;
    }

    /**
     * The container field of the object that {@code v} is, or holds contents of: the field itself, the
     * result of a call on it ({@code map.computeIfAbsent(k, ...)}), or a local assigned one of those or an
     * element of one ({@code for (Deque d : map.values())}).
     */
    private static FieldInfo container(Program program, MethodInfo m, Value v, int depth) {
        if (v instanceof Value.Element e) {
            return container(program, m, e.of(), depth);
        }
        if (v instanceof Value.CallResult r && m.facts().eventAt(r.eventIndex()) instanceof Event.Call c) {
            return container(program, m, c.receiver(), depth);
        }
        AccessPath p = v.pathOrNull();
        if (p == null) {
            return null;
        }
        if (p.isOwnField() && p.fields().size() == 1) {
            FieldInfo f = program.field(m, p);
            String type = f == null ? null : program.staticType(m, v).name();
            return type != null && (program.is(type, TypeTrait.COLLECTION) || program.is(type, TypeTrait.MAP)) ? f : null;
        }
        if (p.root() != AccessPath.Root.LOCAL || p.isField() || depth == 0) {
            return null;
        }
        FieldInfo found = null;
        for (Event e : m.facts().events()) {
            if (e instanceof Event.LocalAssign la && la.local().equals(p.rootName())) {
                FieldInfo f = container(program, m, la.value(), depth - 1);
                if (f == null || found != null && found != f) {
                    return null;
                }
                found = f;
            }
        }
        return found;
    }

    /** Whether {@code m} reads the flag again after event {@code index}: a check after the add. */
    private static boolean readAfter(MethodInfo m, int index, FieldInfo flag) {
        List<Event> events = m.facts().events();
        for (int i = index + 1; i < events.size(); i++) {
            if (events.get(i) instanceof Event.FieldAccess fa && !fa.kind().isWrite() && fa.path().isOwnField()
                    && fa.path().lastField().equals(flag.name())) {
                return true;
            }
        }
        return false;
    }

    /** The event of {@code x} that sets the flag of its own object to {@code true}; -1 when none does. */
    private static int setsTrue(Program program, MethodInfo x, FieldInfo flag) {
        List<Event> events = x.facts().events();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof Event.FieldAccess fa && fa.kind().isWrite() && fa.path().isOwnField()
                    && program.field(x, fa.path()) == flag && fa.value() instanceof Value.Literal lit && lit.isTrue()) {
                return i;
            }
        }
        return -1;
    }

    /** The first event of {@code x} after {@code from} that takes elements out of the container; -1 when none does. */
    private static int drainAfter(Program program, KnowledgeBase knowledge, MethodInfo x, int from, FieldInfo container) {
        List<Event> events = x.facts().events();
        for (int i = from + 1; i < events.size(); i++) {
            if (events.get(i) instanceof Event.Call c && knowledge.inGroup(NameGroup.COLLECTION_SHRINK, c.name())
                    && container(program, x, c.receiver(), DEPTH) == container) {
                return i;
            }
        }
        return -1;
    }
}
