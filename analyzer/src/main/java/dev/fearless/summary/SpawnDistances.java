package dev.fearless.summary;

import dev.fearless.facts.Event;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.program.CallSite;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * For each method, the fewest calls from it to a hand-off of work to another thread (0: it hands off
 * itself, {@code Thread.start}, {@code execute}...); methods that never reach one are absent. A store
 * before such a hand-off happens-before what the other thread does.
 */
public final class SpawnDistances {

    private final Map<MethodInfo, Integer> distance;

    private SpawnDistances(Map<MethodInfo, Integer> distance) {
        this.distance = Collections.unmodifiableMap(distance);
    }

    /** Whether the call hands work to another thread (runs its argument elsewhere, or starts a thread). */
    public static boolean spawns(Program program, MethodInfo m, Event.Call call) {
        var traits = program.traits(m, call);
        return traits.contains(MethodTrait.RUNS_ELSEWHERE) || traits.contains(MethodTrait.STARTS);
    }

    /** The distances by method (identity keys), read-only. */
    public Map<MethodInfo, Integer> asMap() {
        return distance;
    }

    static SpawnDistances of(Program program) {
        Map<MethodInfo, Integer> distance = new IdentityHashMap<>();
        ArrayDeque<MethodInfo> work = new ArrayDeque<>();
        for (MethodInfo m : program.methods()) {
            for (Event e : m.facts().events()) {
                if (e instanceof Event.Call call && spawns(program, m, call)) {
                    distance.put(m, 0);
                    work.add(m);
                    break;
                }
            }
        }
        while (!work.isEmpty()) {
            MethodInfo m = work.poll();
            int d = distance.get(m) + 1;
            for (CallSite s : program.callGraph().callersOf(m)) {
                if (!distance.containsKey(s.caller())) {
                    distance.put(s.caller(), d);
                    work.add(s.caller());
                }
            }
        }
        return new SpawnDistances(distance);
    }
}
