package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Loop;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.List;

/**
 * Tasks that each store into a slot of their own: {@code for (int i = 0; i < n; i++) { final int id = i;
 * pool.submit(() -> results[id] = work(id)); }}. Every run of the task stores at the index its hand-over
 * captured, a copy of the loop's counter, which differs from run to run: two runs of that store touch two
 * cells, and do not race with each other, nor with another run's read of its own cell (each may still
 * race with a read of all the cells, ordered only by a join). Also {@code list.set(id, v)} on a list,
 * which replaces a cell without changing the list's size, and a store in a method the task calls with
 * the captured index ({@code () -> fill(id)}).
 */
final class Slots {

    private Slots() {
    }

    /**
     * Whether {@code u} and {@code v} are made by two runs of one task, each at the slot of its own: at
     * least one stores, and both index by the copy of the loop's counter the task captured (in the task,
     * or in a method it calls with it). One run's store and another run's read of its own cell touch two
     * cells.
     */
    static boolean disjoint(Program program, ThreadModel threads, FieldUse u, FieldUse v) {
        if (!u.op().isWrite() && !v.op().isWrite() || u.method() != v.method() || !u.site().equals(v.site())) {
            return false;
        }
        if (ownRange(program, threads, u) && ownRange(program, threads, v)) {
            return true;
        }
        String local = slotLocal(program, u);
        if (local == null || !local.equals(slotLocal(program, v)) && !feedsSlot(v, u) && !feedsSlot(u, v)) {
            return false;
        }
        MethodInfo task = u.method();
        MethodInfo parent = task.closureParent();
        if (parent == null || !task.facts().captures().contains(local)) {
            return false;
        }
        int loop = counterCopyLoop(parent, local);
        return loop >= 0 && everySpawnIn(threads, u, parent, loop);
    }

    /**
     * Whether the use is made by a fork/join task that forks more of its kind, at an index that walks the
     * task's own range: a loop counter that starts at one final field of the task and runs while a test of
     * another holds ({@code for (int p = from; p < to; p++) sums[p] = ...}). Each piece of a recursive
     * decomposition gets a range of its own, so two runs touch two cells.
     */
    private static boolean ownRange(Program program, ThreadModel threads, FieldUse u) {
        MethodInfo m = u.originMethod();
        Value index = u.originMethod() == u.method() ? indexOf(program, u) : null;
        String local = index == null ? null : localName(index);
        if (local == null || !threads.forksItself(m.owner())) {
            return false;
        }
        Event at = m.facts().events().get(u.originEvent());
        AccessPath start = null;
        for (Event e : m.facts().events()) {
            if (e instanceof Event.LocalAssign la && la.local().equals(local) && la.value().pathOrNull() != null
                    && ownFinal(program, m, la.value().pathOrNull())) {
                start = la.value().pathOrNull();
            }
        }
        if (start == null) {
            return false;
        }
        for (int l = at.loop(); l >= 0; l = m.facts().loops().get(l).parent()) {
            String bound = upperBound(m.facts().loops().get(l).condition(), local);
            FieldInfo f = bound == null ? null : program.field(m.owner(), bound);
            if (f != null && f.owner() == m.owner() && f.facts().isFinal() && !f.name().equals(start.lastField())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name a loop's condition bounds the counter by, {@code to} in {@code p < to}, {@code p <= this.to}
     * or {@code to > p}; {@code null} for any other condition. (A final field read is no event of its own,
     * so the condition's text, normalized by the extractor, is what names it.)
     */
    private static String upperBound(String condition, String counter) {
        java.util.regex.Matcher below = java.util.regex.Pattern
                .compile("^" + java.util.regex.Pattern.quote(counter) + " <=? (?:this\\.)?(\\w+)$").matcher(condition);
        if (below.matches()) {
            return below.group(1);
        }
        java.util.regex.Matcher above = java.util.regex.Pattern
                .compile("^(?:this\\.)?(\\w+) >=? " + java.util.regex.Pattern.quote(counter) + "$").matcher(condition);
        return above.matches() ? above.group(1) : null;
    }

    private static boolean ownFinal(Program program, MethodInfo m, AccessPath p) {
        if (!p.isOwnField()) {
            return false;
        }
        var f = program.field(m, p);
        return f != null && f.facts().isFinal() && f.owner() == m.owner();
    }

    /**
     * Whether {@code read} is the read of the array field that the slot access {@code slot} indexes into, made
     * by the same statement ({@code bandDelta[id] = delta} reads {@code bandDelta}, then stores into one
     * cell): it touches the field, not another run's cell.
     */
    private static boolean feedsSlot(FieldUse read, FieldUse slot) {
        return !read.op().isWrite() && !read.op().throughContents() && read.originMethod() == slot.originMethod()
                && read.origin().line() == slot.origin().line() && read.field() == slot.field();
    }

    /** The task's local that the use indexes its slot by, directly or through the method it calls; {@code null} if none. */
    private static String slotLocal(Program program, FieldUse u) {
        Value index = indexOf(program, u);
        if (u.originMethod() == u.method()) {
            return index == null ? null : localName(index);
        }
        // an access in a method the task calls, at the index the task passes it as a parameter
        AccessPath p = index == null ? null : index.pathOrNull();
        return p != null && !p.isField() && p.root() == AccessPath.Root.PARAM ? passedLocal(u.method(), u, p.rootName()) : null;
    }

    /** The index of the slot the use touches: the array cell's index, or a slot-write call's first argument. */
    private static Value indexOf(Program program, FieldUse u) {
        int at = u.originEvent();
        if (at < 0) {
            return null;
        }
        Event e = u.originMethod().facts().events().get(at);
        if (e instanceof Event.FieldAccess fa
                && (fa.kind() == Event.AccessKind.ELEMENT_WRITE || fa.kind() == Event.AccessKind.ELEMENT_READ)) {
            return fa.index();
        }
        if (e instanceof Event.Call c && c.args().size() == 2 && program.knowledge().inGroup(NameGroup.SLOT_WRITE, c.name())) {
            return c.args().get(0);
        }
        return null;
    }

    private static String localName(Value v) {
        AccessPath p = v.pathOrNull();
        return p != null && !p.isField() && p.root() == AccessPath.Root.LOCAL ? p.rootName() : null;
    }

    /**
     * The local of the task the call at the use's site passes as the parameter named {@code param} of the
     * method that makes the store; {@code null} when it passes something else.
     */
    private static String passedLocal(MethodInfo task, FieldUse u, String param) {
        List<dev.fearless.facts.Variable> params = u.originMethod().facts().params();
        for (Event e : task.facts().events()) {
            if (e instanceof Event.Call c && c.pos().equals(u.site()) && c.args().size() == params.size()) {
                for (int i = 0; i < params.size(); i++) {
                    if (params.get(i).name().equals(param)) {
                        return localName(c.args().get(i));
                    }
                }
            }
        }
        return null;
    }

    /**
     * The loop of {@code parent} whose body copies its counter into {@code local} ({@code final int id =
     * i;} in {@code for (int i = 0; i < n; i++)}), the counter stepping each round; -1 when none does.
     */
    private static int counterCopyLoop(MethodInfo parent, String local) {
        List<Event> events = parent.facts().events();
        int found = -1;
        for (Event e : events) {
            if (!(e instanceof Event.LocalAssign la) || !la.local().equals(local)) {
                continue;
            }
            String counter = localName(la.value());
            if (found >= 0 || counter == null || la.loop() < 0
                    || parent.facts().loops().get(la.loop()).kind() != Loop.Kind.FOR
                    || !steps(events, counter, la.loop())) {
                return -1; // assigned twice, or from something else than a counter
            }
            found = la.loop();
        }
        return found;
    }

    /** Whether the loop's own code assigns {@code counter} (its update, {@code i++}), once. */
    private static boolean steps(List<Event> events, String counter, int loop) {
        int updates = 0;
        for (Event e : events) {
            if (e instanceof Event.LocalAssign la && la.local().equals(counter) && la.loop() == loop) {
                updates++;
            }
        }
        return updates == 1;
    }

    /** Whether every place that hands over the threads of the use is in {@code parent}'s loop. */
    private static boolean everySpawnIn(ThreadModel threads, FieldUse u, MethodInfo parent, int loop) {
        if (u.threads().threads().isEmpty() || u.threads().more()) {
            return false;
        }
        for (LogicalThread t : u.threads().threads()) {
            List<ThreadRoots.Spawn> spawns = threads.spawnsOf(t);
            if (spawns.isEmpty()) {
                return false;
            }
            for (ThreadRoots.Spawn s : spawns) {
                if (s.parent() != parent || parent.facts().events().get(s.event()).loop() != loop) {
                    return false;
                }
            }
        }
        return true;
    }
}
