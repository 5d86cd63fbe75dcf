package dev.fearless.rules.races;

import dev.fearless.rule.Rule;
import java.util.List;

/** The rules of the races family. Adding a rule is one line here. */
public final class RaceRules {

    private RaceRules() {
    }

    public static List<Rule> all() {
        return List.of();
    }
}
