package dev.fearless.rules.atomicity;

import dev.fearless.rule.Rule;
import java.util.List;

/** The rules of the atomicity family. Adding a rule is one line here. */
public final class AtomicityRules {

    private AtomicityRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new CheckThenAct(),
                new NonAtomicVolatileUpdate(),
                new PutIfAbsentIgnored(),
                new UnsafeIteration());
    }
}
