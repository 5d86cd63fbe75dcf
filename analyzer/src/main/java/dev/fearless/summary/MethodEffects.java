package dev.fearless.summary;

import java.util.List;

/**
 * What calling one method can do, directly or through its callees, in the method's own frame: where
 * it can block, and where it can run code the program does not know. A few effects of each kind are
 * kept, each under a different condition.
 */
public record MethodEffects(List<Effect> blocks, List<Effect> unknown) {

    public static final MethodEffects NONE = new MethodEffects(List.of(), List.of());

    public MethodEffects {
        blocks = List.copyOf(blocks);
        unknown = List.copyOf(unknown);
    }

    public boolean isEmpty() {
        return blocks.isEmpty() && unknown.isEmpty();
    }
}
