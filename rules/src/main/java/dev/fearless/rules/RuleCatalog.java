package dev.fearless.rules;

import dev.fearless.rule.Rule;
import dev.fearless.rule.RuleDescriptor;
import dev.fearless.rules.atomicity.AtomicityRules;
import dev.fearless.rules.deadlock.DeadlockRules;
import dev.fearless.rules.misuse.MisuseRules;
import dev.fearless.rules.publication.PublicationRules;
import dev.fearless.rules.races.RaceRules;
import dev.fearless.rules.sendsync.SendSyncRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every rule fearless ships, with its metadata and documentation, sorted by family then id. */
public final class RuleCatalog {

    private RuleCatalog() {
    }

    public static List<RuleDescriptor> all() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(RaceRules.all());
        rules.addAll(AtomicityRules.all());
        rules.addAll(PublicationRules.all());
        rules.addAll(DeadlockRules.all());
        rules.addAll(MisuseRules.all());
        rules.addAll(SendSyncRules.all());
        List<RuleDescriptor> descriptors = new ArrayList<>();
        for (Rule r : rules) {
            descriptors.add(RuleDescriptor.of(r));
        }
        descriptors.sort(Comparator.comparing((RuleDescriptor d) -> d.family().ordinal()).thenComparing(RuleDescriptor::id));
        return List.copyOf(descriptors);
    }
}
