package dev.fearless.rules.publication;

import dev.fearless.rule.Rule;
import java.util.List;

/** The rules of the publication family. Adding a rule is one line here. */
public final class PublicationRules {

    private PublicationRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new DoubleCheckedLocking(),
                new UnsafeLazyInit(),
                new ThisEscape(),
                new VolatileMutableContents(),
                new UnsafePublication(),
                new GuardedStateEscape());
    }
}
