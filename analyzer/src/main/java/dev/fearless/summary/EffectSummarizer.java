package dev.fearless.summary;

import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes what each method can do when called ({@link MethodEffects}): bottom-up over the call graph's
 * strongly connected components, each iterated until nothing changes, so a method's summary includes
 * its callees' at any depth. At most {@code MAX_PER_KIND} effects of each kind (each under a different
 * condition) are kept per method; a component is iterated at most {@code MAX_ROUNDS} times.
 */
final class EffectSummarizer {

    static final int MAX_PER_KIND = 4;
    /** Keeping only a few effects per method could, in theory, trade one for another forever. */
    private static final int MAX_ROUNDS = 16;

    private final Program program;
    private final PathFacts paths;
    private final Map<MethodInfo, MethodEffects> effects = new IdentityHashMap<>();

    EffectSummarizer(Program program) {
        this.program = program;
        this.paths = new PathFacts(program);
    }

    Effects summarize() {
        for (List<MethodInfo> component : Components.bottomUp(program)) {
            boolean recursive = component.size() > 1 || Components.selfRecursive(program, component.get(0));
            boolean changed = true;
            for (int round = 0; changed && round < MAX_ROUNDS; round++) {
                changed = false;
                for (MethodInfo m : component) {
                    MethodEffects next = compute(m);
                    MethodEffects old = effects.put(m, next);
                    changed |= recursive && (old == null || !same(old, next));
                }
            }
        }
        return new Effects(program, paths, effects);
    }

    private MethodEffects compute(MethodInfo m) {
        Map<Key, Effect> blocks = new LinkedHashMap<>();
        List<Event> events = m.facts().events();
        for (int i = 0; i < events.size() && blocks.size() < MAX_PER_KIND; i++) {
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
            for (MethodInfo t : Effects.targets(program, m, i)) {
                if (t == m) {
                    continue;
                }
                for (Effect inner : effects.getOrDefault(t, MethodEffects.NONE).blocks()) {
                    Effect folded = Effects.fold(program, paths, inner, m, i, t, here, true);
                    if (folded != null) {
                        add(blocks, folded);
                    }
                }
            }
        }
        return blocks.isEmpty() ? MethodEffects.NONE : new MethodEffects(List.copyOf(blocks.values()), List.of());
    }

    /** Two effects with the same key say the same thing (the first found explains it). */
    private record Key(Effect.Kind kind, Condition when, LockRef releases, boolean bounded) {

        static Key of(Effect e) {
            return new Key(e.kind(), e.when(), e.releases(), e.bounded());
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
