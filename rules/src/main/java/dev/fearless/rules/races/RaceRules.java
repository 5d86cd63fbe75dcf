package dev.fearless.rules.races;

import dev.fearless.rule.Rule;
import java.util.List;

/** The rules of the races family. Adding a rule is one line here. */
public final class RaceRules {

    private RaceRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new GuardedByViolation(),
                new ImmutableViolation(),
                new MutableStaticState(),
                new NonThreadSafeStatic(),
                new SharedSingletonState(),
                new SpinOnField(),
                new StaticGuardedByInstance(),
                new ThreadSafeViolation(),
                new UnguardedRead(),
                new UnguardedWrite(),
                new UnsynchronizedOverride());
    }
}
