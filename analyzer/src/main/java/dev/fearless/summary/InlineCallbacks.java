package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Dispatch;
import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.List;

/**
 * Closures handed to a program method that runs them during the call, on the calling thread: every use
 * the method makes of the parameter is a call on it ({@code consumer.accept(repair)}) or a hand-over to
 * another such method. The extractor cannot tell (it knows only the library's methods that run their
 * argument here), so the closure is {@link Dispatch#UNKNOWN} there; it then runs with its caller's locks,
 * as a closure handed to {@code forEach} does.
 */
final class InlineCallbacks {

    /** How many program methods deep a parameter handed on is followed. */
    private static final int DEPTH = 3;

    private InlineCallbacks() {
    }

    /**
     * Whether {@code closure}, of unknown dispatch, is handed by its parent to program code that runs it
     * there: exactly one call of the parent passes it, and every program method that call may run runs
     * that parameter inline.
     */
    static boolean runHere(Program program, MethodInfo closure) {
        Handed h = handed(closure);
        if (h == null) {
            return false;
        }
        List<MethodInfo> targets = program.callGraph().targets(closure.closureParent(), h.event());
        return !targets.isEmpty() && allRunInline(program, targets, h.position(), DEPTH);
    }

    /**
     * The locks held wherever a closure that {@link #runHere runs here} is run, in its parent's frame: those
     * each program method it is handed to holds at every call it makes on the parameter
     * ({@code tasksLock.lock(); try { action.run(); } finally { ... }}). Empty where one of them hands the
     * parameter on instead.
     */
    static LockSet heldWhereRun(Program program, MethodInfo closure) {
        Handed h = handed(closure);
        if (h == null) {
            return LockSet.EMPTY;
        }
        MethodInfo parent = closure.closureParent();
        LockSet common = null;
        for (MethodInfo t : program.callGraph().targets(parent, h.event())) {
            if (t.facts().isAbstract() || h.position() >= t.facts().params().size()) {
                continue;
            }
            String param = t.facts().params().get(h.position()).name();
            LockSet inside = null;
            for (Event e : t.facts().events()) {
                if (!(e instanceof Event.Call c)) {
                    continue;
                }
                if (c.receiver().isParameter(param)) {
                    inside = inside == null ? c.held() : inside.intersect(c.held());
                } else if (c.args().stream().anyMatch(a -> a.isParameter(param))) {
                    return LockSet.EMPTY;
                }
            }
            LockSet moved = LockSet.EMPTY;
            for (LockRef l : inside == null ? List.<LockRef>of() : inside.locks()) {
                LockRef named = Frames.intoCaller(l, parent, h.event(), t, program);
                if (named != null) {
                    moved = moved.plus(named);
                }
            }
            common = common == null ? moved : common.intersect(moved);
        }
        return common == null ? LockSet.EMPTY : common;
    }

    /** Where a closure of unknown dispatch is handed on: the one call of its parent that passes it, and at which argument. */
    private record Handed(int event, int position) {
    }

    private static Handed handed(MethodInfo closure) {
        MethodInfo parent = closure.closureParent();
        if (parent == null || closure.facts().dispatch() != Dispatch.UNKNOWN) {
            return null;
        }
        List<Event> events = parent.facts().events();
        int site = -1;
        int position = -1;
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            int at = e instanceof Event.Call c ? closure.passedAt(c) : -1;
            if (at >= 0) {
                if (site >= 0) {
                    return null;
                }
                site = i;
                position = at;
            } else if (Event.handedOn(e).stream().anyMatch(v -> parent.closure(v) == closure)) {
                return null; // kept in a local, stored, returned: it may run anywhere, later
            }
        }
        return site < 0 ? null : new Handed(site, position);
    }

    private static boolean allRunInline(Program program, List<MethodInfo> targets, int position, int depth) {
        for (MethodInfo t : targets) {
            if (!t.facts().isAbstract() && !runsInline(program, t, position, depth)) {
                return false;
            }
        }
        return targets.stream().anyMatch(t -> !t.facts().isAbstract());
    }

    /** Whether {@code m} uses its parameter at {@code position} only by calling it or handing it to code that does. */
    private static boolean runsInline(Program program, MethodInfo m, int position, int depth) {
        if (position >= m.facts().params().size() || m.facts().varargs() && position >= m.facts().params().size() - 1) {
            return false;
        }
        String param = m.facts().params().get(position).name();
        for (MethodInfo nested : program.nestedIn(m)) {
            if (mentions(nested, param)) {
                return false; // captured by a closure or local class: it may run elsewhere
            }
        }
        List<Event> events = m.facts().events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e instanceof Event.Call c) {
                for (int a = 0; a < c.args().size(); a++) {
                    if (c.args().get(a).isParameter(param) && (depth == 0
                            || !allRunInline(program, program.callGraph().targets(m, i), a, depth - 1))) {
                        return false;
                    }
                }
            } else if (Event.handedOn(e).stream().anyMatch(v -> v != null && v.isParameter(param))) {
                return false;
            }
        }
        return true;
    }

    private static boolean mentions(MethodInfo m, String name) {
        for (Event e : m.facts().events()) {
            AccessPath p = e instanceof Event.Call c ? c.receiver().pathOrNull() : null;
            if (p != null && p.rootName().equals(name) || Event.handedOn(e).stream().anyMatch(v -> v.pathOrNull() != null
                    && v.pathOrNull().rootName().equals(name))) {
                return true;
            }
        }
        return false;
    }
}
