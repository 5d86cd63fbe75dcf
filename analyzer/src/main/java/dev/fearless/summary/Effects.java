package dev.fearless.summary;

import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.CallSite;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.rule.Describe;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every method of the program can do when called ({@link MethodEffects}), computed once by the
 * {@link EffectSummarizer}; and what one call can do, seen from the caller: its callees' effects moved
 * into the caller's frame, with their conditions read against the call's arguments.
 */
public final class Effects {

    /**
     * How many methods deep an effect is followed: a block reached through more calls than this passes
     * through too many branches the analysis does not see (a cache already filled, a future already
     * done) for the report to be believable, or checkable by its reader.
     */
    static final int MAX_DEPTH = 6;

    private final Program program;
    private final PathFacts paths;
    private final Map<MethodInfo, MethodEffects> byMethod;

    Effects(Program program, PathFacts paths, Map<MethodInfo, MethodEffects> byMethod) {
        this.program = program;
        this.paths = paths;
        this.byMethod = byMethod;
    }

    /** What calling {@code m} can do, in its own frame. */
    public MethodEffects of(MethodInfo m) {
        return byMethod.getOrDefault(m, MethodEffects.NONE);
    }

    /** Which paths can run, and how conditions read across calls. */
    public PathFacts paths() {
        return paths;
    }

    /**
     * Where the call at {@code event} of {@code m} can block, in {@code m}'s frame: the blocking library
     * call itself, or what its program targets (and the closures it runs here) can block on, as far as
     * the call's arguments allow; the locks on the way are those the callee takes. Empty when the call
     * cannot block, or the event itself never runs.
     */
    public List<Effect> blocksAt(MethodInfo m, int event) {
        Event e = m.facts().events().get(event);
        Condition here = paths.at(m, e);
        if (here == null) {
            return List.of();
        }
        if (e instanceof Event.Call call) {
            Effect direct = direct(program, m, event, call, here);
            if (direct != null) {
                return List.of(direct);
            }
        }
        List<Effect> result = new ArrayList<>();
        for (MethodInfo t : targets(program, m, event)) {
            for (Effect inner : of(t).blocks()) {
                Effect folded = fold(program, paths, inner, m, event, t, here, false);
                if (folded != null) {
                    result.add(folded);
                }
            }
        }
        return result;
    }

    /**
     * The program methods the event certainly runs: its precise call targets (the one implementation
     * the program says a call runs), and the closures handed to it that run here, during the call.
     */
    static List<MethodInfo> targets(Program program, MethodInfo m, int event) {
        List<MethodInfo> precise = program.callGraph().preciseTargets(m, event);
        List<MethodInfo> result = null;
        for (CallSite s : program.callGraph().callsFrom(m)) {
            if (s.event() == event && s.target().closureParent() == m) {
                if (result == null) {
                    result = new ArrayList<>(precise);
                }
                result.add(s.target());
            }
        }
        return result == null ? precise : result;
    }

    /** A blocking library call made by the event itself (under condition {@code here}), or {@code null}. */
    static Effect direct(Program program, MethodInfo m, int event, Event.Call call, Condition here) {
        Set<MethodTrait> traits = program.traits(m, call);
        String what = Describe.value(m, call.receiver()) + "." + call.name() + "()";
        boolean bounded = traits.contains(MethodTrait.TIMED);
        if (traits.contains(MethodTrait.WAIT)) {
            LockRef releases = program.is(program.staticType(m, call.receiver()).name(), TypeTrait.CONDITION)
                    ? Monitors.lockOfCondition(program, m, call.receiver())
                    : Monitors.monitorOf(m, call.receiver());
            return releases == null ? null : new Effect(Effect.Kind.BLOCKS, what,
                    new Step(m, event, "`" + what + "` waits here", null), here, releases, bounded, call.held());
        }
        if (traits.contains(MethodTrait.GUARDED_WAIT) && call.receiver().pathOrNull() != null) {
            return new Effect(Effect.Kind.BLOCKS, what, new Step(m, event, "`" + what + "` waits here", null), here,
                    LockRef.lock(LockRef.Kind.LOCK, call.receiver().pathOrNull()), bounded, call.held());
        }
        if (traits.contains(MethodTrait.BLOCKING)) {
            return new Effect(Effect.Kind.BLOCKS, what, new Step(m, event, "`" + what + "` blocks here", null), here,
                    null, bounded, call.held());
        }
        return null;
    }

    /**
     * A callee's effect as the caller sees it at the call (event {@code event} of {@code m}, which runs
     * under condition {@code here}): its condition read against the arguments, the lock a wait releases
     * and the locks taken on the way named in the caller's frame (with those held at the call when
     * {@code withCallLocks}: the caller's own summary; without them: what the callee alone takes). {@code
     * null} when the arguments rule it out, or when the lock a wait releases has no name in the caller.
     */
    static Effect fold(Program program, PathFacts paths, Effect inner, MethodInfo m, int event, MethodInfo target,
                       Condition here, boolean withCallLocks) {
        int depth = 0;
        for (Step s = inner.path(); s != null; s = s.next()) {
            if (s.method() == m) {
                return null; // round a recursion: the same effect has a path without the detour
            }
            depth++;
        }
        if (depth >= MAX_DEPTH) {
            return null;
        }
        Condition when = paths.intoCaller(inner.when(), m, event, target);
        when = when == null ? null : here.and(when);
        if (when == null) {
            return null;
        }
        LockRef releases = null;
        if (inner.releases() != null) {
            releases = Frames.intoCaller(inner.releases(), m, event, target, program);
            if (releases == null) {
                return null;
            }
        }
        LockSet held = withCallLocks ? m.facts().events().get(event).held() : LockSet.EMPTY;
        for (LockRef l : inner.heldOnTheWay().locks()) {
            LockRef mapped = Frames.intoCaller(l, m, event, target, program);
            if (mapped != null) {
                held = held.plus(mapped);
            }
        }
        return new Effect(inner.kind(), inner.what(), new Step(m, event, "", inner.path()), when, releases,
                inner.bounded(), held);
    }
}
