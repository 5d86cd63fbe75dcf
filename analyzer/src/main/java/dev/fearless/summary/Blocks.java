package dev.fearless.summary;

import dev.fearless.facts.Event;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.facts.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a thread may wait for a long time, directly or through the program methods it calls: a blocking
 * library call (sleep, join, {@code Future.get}, a blocking queue, a latch), a wait on a monitor or a
 * condition, and stream or channel I/O. What a callee does is read here and nowhere else by the rules about
 * threads that must not wait (a virtual thread pinned to its carrier), so a better account of callee effects
 * changes this class only. Callees are followed to a fixed depth, through calls whose target is certain.
 * Memoized: an instance is confined to the rule that made it.
 */
public final class Blocks {

    /** How deep calls are followed below the method asked about. */
    private static final int DEPTH = 4;

    private final Program program;
    private final Map<MethodInfo, Optional<Block>> memo = new IdentityHashMap<>();

    public Blocks(Program program) {
        this.program = program;
    }

    /**
     * One place a thread may wait: the call as written ({@code Thread.sleep()}), whether it is a wait on a
     * monitor or condition, and the steps from the call asked about down to it (one step when direct).
     */
    public record Block(String what, boolean waits, List<Location> chain) {

        public Block {
            chain = List.copyOf(chain);
        }

        /** The call that waits, as a location. */
        public Location origin() {
            return chain.get(chain.size() - 1);
        }

        /** Whether the wait is in a callee rather than at the call asked about. */
        public boolean viaCallee() {
            return chain.size() > 1;
        }
    }

    /** Whether the call at event {@code index} of {@code m} may wait, directly or in the method it runs; else null. */
    public Block at(MethodInfo m, int index) {
        Event.Call call = m.facts().callAt(index);
        if (call == null) {
            return null;
        }
        Block direct = direct(m, call);
        if (direct != null) {
            return direct;
        }
        return through(m, index, Collections.newSetFromMap(new IdentityHashMap<>()), DEPTH);
    }

    /** The library call {@code call} itself when it may wait, else null. */
    public Block direct(MethodInfo m, Event.Call call) {
        Set<MethodTrait> traits = program.traits(m, call);
        boolean waits = traits.contains(MethodTrait.WAIT) || traits.contains(MethodTrait.GUARDED_WAIT);
        if (!waits && !traits.contains(MethodTrait.BLOCKING) && !traits.contains(MethodTrait.BLOCKING_IO)) {
            return null;
        }
        String what = (call.receiver() instanceof dev.fearless.facts.Value.Implicit ? ""
                : Describe.value(m, call.receiver()) + ".") + call.name() + "()";
        return new Block(what, waits, List.of(new Location(m.path(), call.pos(), "`" + what + "` "
                + (waits ? "waits" : "blocks") + " here")));
    }

    /** The first place a method may wait, in its own body or in the methods it calls. */
    private Block first(MethodInfo m, Set<MethodInfo> active, int depth) {
        Optional<Block> known = memo.get(m);
        if (known != null) {
            return known.orElse(null);
        }
        if (depth == 0 || !active.add(m)) {
            return null;
        }
        Block found = null;
        List<Event> events = m.facts().events();
        for (int i = 0; i < events.size() && found == null; i++) {
            if (events.get(i) instanceof Event.Call call) {
                found = direct(m, call);
                if (found == null) {
                    found = through(m, i, active, depth);
                }
            }
        }
        active.remove(m);
        if (found != null || depth == DEPTH - 1 && active.isEmpty()) {
            // a miss deeper down may only be the depth limit or a cycle cut short, so it is not remembered
            memo.put(m, Optional.ofNullable(found));
        }
        return found;
    }

    private Block through(MethodInfo m, int index, Set<MethodInfo> active, int depth) {
        for (MethodInfo target : program.callGraph().preciseTargets(m, index)) {
            Block inner = first(target, active, depth - 1);
            if (inner != null) {
                List<Location> chain = new ArrayList<>();
                chain.add(new Location(m.path(), m.facts().events().get(index).pos(),
                        "calls `" + target.display() + "`"));
                chain.addAll(inner.chain());
                return new Block(inner.what(), inner.waits(), chain);
            }
        }
        return null;
    }
}
