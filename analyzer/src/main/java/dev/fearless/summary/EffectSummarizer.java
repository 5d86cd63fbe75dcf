package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes what each method can do when called ({@link MethodEffects}). First what every call can run
 * ({@link CallTargetFinder}); then, bottom-up over the strongly connected components of the graph those
 * targets make, each iterated until nothing changes, each method's effects: its own blocking calls
 * and calls into unknown code, and the effects of the targets it certainly runs, moved into its frame
 * (not the other targets class-hierarchy analysis admits: which runs cannot be told). At most
 * {@code MAX_PER_KIND} effects of each kind (each under a different condition) are kept per method; a
 * component is iterated at most {@code MAX_ROUNDS} times.
 */
final class EffectSummarizer {

    static final int MAX_PER_KIND = 4;
    /** Keeping only a few effects per method could, in theory, trade one for another forever. */
    private static final int MAX_ROUNDS = 16;
    private static final CallTargets[] NO_TARGETS = new CallTargets[0];

    private final Program program;
    private final PathFacts paths;
    private final Map<MethodInfo, CallTargets[]> targets = new IdentityHashMap<>();
    private final Map<MethodInfo, MethodEffects> effects = new IdentityHashMap<>();

    EffectSummarizer(Program program) {
        this.program = program;
        this.paths = new PathFacts(program);
    }

    Effects summarize() {
        SourceFinder sources = new SourceFinder(program);
        CallTargetFinder finder = new CallTargetFinder(program, sources);
        Effects result = new Effects(program, paths, sources, effects, targets);
        for (MethodInfo m : program.methods()) {
            List<Event> events = m.facts().events();
            Map<Integer, List<MethodInfo>> runHere = CallTargetFinder.runHere(program, m);
            CallTargets[] here = null;
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i) instanceof Event.Call || events.get(i) instanceof Event.NewObject) {
                    CallTargets t = finder.find(m, i, runHere.getOrDefault(i, List.of()));
                    if (t != CallTargets.NONE) {
                        here = here == null ? new CallTargets[events.size()] : here;
                        here[i] = t;
                    }
                }
            }
            targets.put(m, here == null ? NO_TARGETS : here);
        }
        for (List<MethodInfo> component : Components.bottomUp(program, this::successors)) {
            boolean recursive = component.size() > 1 || successors(component.get(0)).contains(component.get(0));
            boolean changed = true;
            for (int round = 0; changed && round < MAX_ROUNDS; round++) {
                changed = false;
                for (MethodInfo m : component) {
                    MethodEffects next = compute(m, result);
                    MethodEffects old = effects.put(m, next);
                    changed |= recursive && (old == null || !same(old, next));
                }
            }
        }
        return result;
    }

    private List<MethodInfo> successors(MethodInfo m) {
        List<MethodInfo> result = new ArrayList<>();
        for (CallTargets t : targets.getOrDefault(m, NO_TARGETS)) {
            if (t != null) {
                result.addAll(t.certain());
            }
        }
        return result;
    }

    private MethodEffects compute(MethodInfo m, Effects folding) {
        Map<Key, Effect> blocks = new LinkedHashMap<>();
        Map<Key, Effect> unknown = new LinkedHashMap<>();
        List<Event> events = m.facts().events();
        CallTargets[] calls = targets.getOrDefault(m, NO_TARGETS);
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (!(e instanceof Event.Call) && !(e instanceof Event.NewObject)) {
                continue;
            }
            Condition here = paths.at(m, e);
            if (here == null) {
                continue;
            }
            if (e instanceof Event.Call call) {
                Effect direct = Effects.direct(program, m, i, call, here);
                if (direct != null) {
                    // a wait holding other locks of this method is this method's own problem, reported here
                    if (direct.releases() == null || call.held().isEmpty()
                            || call.held().locks().equals(List.of(direct.releases()))) {
                        add(blocks, direct);
                    }
                    continue;
                }
            }
            CallTargets t = i < calls.length && calls[i] != null ? calls[i] : CallTargets.NONE;
            if (t.unknown() != null) {
                add(unknown, Effects.unknown(m, i, t, here));
            }
            for (MethodInfo target : t.certain()) {
                MethodEffects inner = effects.getOrDefault(target, MethodEffects.NONE);
                fold(folding, m, i, target, here, inner.blocks(), blocks);
                fold(folding, m, i, target, here, inner.unknown(), unknown);
            }
        }
        return blocks.isEmpty() && unknown.isEmpty() ? MethodEffects.NONE
                : new MethodEffects(List.copyOf(blocks.values()), List.copyOf(unknown.values()));
    }

    private static void fold(Effects folding, MethodInfo m, int i, MethodInfo target, Condition here, List<Effect> inner,
                             Map<Key, Effect> into) {
        if (target == m || into.size() >= MAX_PER_KIND) {
            return;
        }
        for (Effect effect : inner) {
            Effect folded = folding.fold(effect, m, i, target, here, true);
            if (folded != null) {
                add(into, folded);
            }
        }
    }

    /**
     * Two effects with the same key say the same thing (the first found explains it). One that comes from a
     * closure the method runs through a parameter is kept apart from the others: a caller that passes
     * another closure does not run it ({@link Effects#fold}), and the method's own effects must not hide
     * behind it.
     */
    private record Key(Effect.Kind kind, Condition when, LockRef releases, boolean bounded, AccessPath carrier,
                       MethodInfo viaParameter) {

        static Key of(Effect e) {
            return new Key(e.kind(), e.when(), e.releases(), e.bounded(), e.carrier(), Effects.closureViaParameter(e));
        }
    }

    private static void add(Map<Key, Effect> into, Effect e) {
        if (into.size() < MAX_PER_KIND) {
            into.putIfAbsent(Key.of(e), e);
        }
    }

    private static boolean same(MethodEffects a, MethodEffects b) {
        return keys(a.blocks()).equals(keys(b.blocks())) && keys(a.unknown()).equals(keys(b.unknown()));
    }

    private static List<Key> keys(List<Effect> list) {
        return list.stream().map(Key::of).toList();
    }
}
