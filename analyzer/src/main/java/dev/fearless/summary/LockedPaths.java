package dev.fearless.summary;

import dev.fearless.facts.LockSet;
import dev.fearless.program.CallSite;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The locks held on every path by which the program itself reaches a method, a few calls up, through
 * methods outside code may call too: a rolling policy's check that only its appender's locked append
 * calls, through the rolling policy's own public check. {@link CallerLocks} stops at such methods (code
 * outside may call them without any lock); this says what the program's own calls do, so that a race
 * that needs two runs of the method at once can say that only outside code makes them.
 */
public final class LockedPaths {

    /** How many calls up the program's paths are followed. */
    private static final int DEPTH = 4;
    /** Past this many call sites of one method, its paths are not followed. */
    private static final int MAX_CALLERS = 16;

    private LockedPaths() {
    }

    /**
     * For {@code m}, which threads outside the program may run twice at once, when every path by which
     * the program reaches it holds one exclusive lock: the clause that says so, for a note; {@code null}
     * when some path holds none (or the program does not call it).
     */
    public static String onlyOutsideCallersMeet(Program program, Summaries summaries, MethodInfo m) {
        if (m.facts().isClosure()) {
            return null;
        }
        Set<GlobalLock> locks = held(program, summaries, m, DEPTH);
        if (locks.isEmpty()) {
            return null;
        }
        CallSite first = program.callGraph().callersOf(m).get(0);
        return "; every way the program reaches `" + m.display() + "` holds `" + locks.iterator().next().display()
                + "` (as from `" + first.caller().display() + "`): only code outside the program that calls it "
                + "without that lock runs it twice at once";
    }

    /** The exclusive locks every call of {@code m} in the program holds, at the call or up its callers' paths. */
    private static Set<GlobalLock> held(Program program, Summaries summaries, MethodInfo m, int depth) {
        List<CallSite> callers = program.callGraph().callersOf(m);
        if (callers.isEmpty() || callers.size() > MAX_CALLERS) {
            return Set.of();
        }
        Set<GlobalLock> common = null;
        for (CallSite s : callers) {
            MethodInfo caller = s.caller();
            Set<GlobalLock> here = new TreeSet<>(summaries.callerLockNodes(caller));
            LockSet atCall = summaries.heldAt(caller, caller.facts().events().get(s.event()).held());
            GlobalLock.exclusive(program, caller, atCall).stream().filter(l -> !l.dynamic()).forEach(here::add);
            if (depth > 0 && caller != m && !caller.facts().isClosure()) {
                here.addAll(held(program, summaries, caller, depth - 1));
            }
            if (common == null) {
                common = here;
            } else {
                common.retainAll(here);
            }
            if (common.isEmpty()) {
                return Set.of();
            }
        }
        return common;
    }
}
