package dev.fearless.rules;

import dev.fearless.rule.Rule;
import dev.fearless.rule.RuleDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The {@link BuiltinRules} as the engine, the CLI and the reports see them: with metadata and documentation, sorted by family then id. */
public final class RuleCatalog {

    private RuleCatalog() {
    }

    public static List<RuleDescriptor> all() {
        List<RuleDescriptor> descriptors = new ArrayList<>();
        for (Rule r : BuiltinRules.all()) {
            descriptors.add(RuleDescriptor.of(r));
        }
        descriptors.sort(Comparator.comparing((RuleDescriptor d) -> d.family().ordinal()).thenComparing(RuleDescriptor::id));
        return List.copyOf(descriptors);
    }
}
