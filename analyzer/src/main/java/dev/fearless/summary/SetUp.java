package dev.fearless.summary;

import dev.fearless.facts.Event;
import dev.fearless.program.CallSite;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Code that runs before an object (or the program) is shared with other threads: construction (a
 * constructor, an initializer, a private helper only they call), and set-up steps whose every caller
 * goes on to hand work to other threads afterwards (start and submit order what came before them).
 * What such code writes is visible to the threads started later, and no other thread sees it change.
 */
public final class SetUp {

    private static final int CONSTRUCTION_DEPTH = 3;
    private static final int CALLER_DEPTH = 4;
    /** How many calls away a hand-off to another thread still orders a preceding write before the task. */
    private static final int SPAWN_DEPTH = 10;

    private SetUp() {
    }

    /** Whether {@code m} runs only while an object (or class) is being built: an initializer, or a private helper only they call. */
    public static boolean duringConstruction(Program program, MethodInfo m) {
        return duringConstruction(program, m.declaringMethod(), CONSTRUCTION_DEPTH);
    }

    private static boolean duringConstruction(Program program, MethodInfo m, int depth) {
        if (m.facts().isInitialization()) {
            return true;
        }
        if (depth == 0 || !m.facts().isPrivate() || m.facts().isClosure()) {
            return false;
        }
        List<CallSite> callers = program.callGraph().callersOf(m);
        if (callers.isEmpty()) {
            return false;
        }
        for (CallSite s : callers) {
            if (!duringConstruction(program, s.caller().declaringMethod(), depth - 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether every caller of {@code m} (there being some) goes on to hand work to other threads after
     * the call, directly or further up: {@code m} is a set-up step that runs before those threads exist.
     */
    public static boolean beforeThreadsStart(Program program, Summaries summaries, MethodInfo m) {
        return orderedBeforeSpawn(program, m.declaringMethod(), CALLER_DEPTH, summaries.spawnDistances().asMap(),
                new HashMap<>());
    }

    /** Whether {@code m} runs in set-up only: during construction, or before the threads are started. */
    public static boolean setUpOnly(Program program, Summaries summaries, MethodInfo m) {
        return duringConstruction(program, m) || beforeThreadsStart(program, summaries, m);
    }

    /**
     * Whether {@code m} hands work to another thread after event {@code from}, directly or in a method it
     * calls (at most {@code depth} calls away).
     */
    public static boolean spawnsAfter(Program program, Summaries summaries, MethodInfo m, int from) {
        return spawnsAfter(program, m, from, SPAWN_DEPTH, summaries.spawnDistances().asMap());
    }

    private static boolean spawnsAfter(Program program, MethodInfo m, int from, int depth, Map<MethodInfo, Integer> distance) {
        var events = m.facts().events();
        for (int i = from + 1; i < events.size(); i++) {
            Event e = events.get(i);
            if (e instanceof Event.Call call && SpawnDistances.spawns(program, m, call)) {
                return true;
            }
            if (e instanceof Event.Call || e instanceof Event.NewObject) {
                for (MethodInfo t : program.callGraph().targets(m, i)) {
                    if (distance.getOrDefault(t, Integer.MAX_VALUE) < depth) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean orderedBeforeSpawn(Program program, MethodInfo m, int depth, Map<MethodInfo, Integer> spawning,
                                              Map<MethodInfo, Boolean> memo) {
        Boolean known = memo.get(m);
        if (known != null) {
            return known;
        }
        List<CallSite> callers = new ArrayList<>(program.callGraph().callersOf(m));
        for (MethodInfo declared : overridden(program, m)) {
            callers.addAll(program.callGraph().callersOf(declared));
        }
        if (callers.isEmpty() || depth == 0) {
            return false;
        }
        memo.put(m, false);
        boolean result = true;
        for (CallSite s : callers) {
            if (s.caller() != m && !spawnsAfter(program, s.caller(), s.event(), SPAWN_DEPTH, spawning)
                    && !orderedBeforeSpawn(program, s.caller().declaringMethod(), depth - 1, spawning, memo)) {
                result = false;
                break;
            }
        }
        memo.put(m, result);
        return result;
    }

    /** The methods of the program's supertypes that {@code m} overrides (calls through them may reach it). */
    private static List<MethodInfo> overridden(Program program, MethodInfo m) {
        List<MethodInfo> result = new ArrayList<>();
        if (m.facts().isStatic() || m.facts().isPrivate() || m.facts().isClosure() || m.facts().isInitialization()) {
            return result;
        }
        for (String s : program.supertypes(m.owner().name())) {
            TypeInfo t = program.type(s);
            if (t == null) {
                continue;
            }
            for (MethodInfo candidate : t.methodsNamed(m.name())) {
                if (!candidate.facts().isStatic() && !candidate.facts().isClosure()
                        && candidate.facts().params().size() == m.facts().params().size()) {
                    result.add(candidate);
                }
            }
        }
        return result;
    }
}
