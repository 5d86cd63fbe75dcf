package dev.fearless.scan;

import dev.fearless.config.ProjectConfig;
import dev.fearless.rule.RuleDescriptor;
import dev.fearless.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Which rules run, and at what severity. The options' {@code enable} replaces the configuration's,
 * their {@code disable} adds to it, and the configuration's severities apply to the rules that run.
 */
final class RuleSelection {

    private RuleSelection() {
    }

    /**
     * The rules of {@code catalog} that run, in catalog order.
     *
     * @throws UnknownRuleException if an option names a rule that does not exist (the configuration's
     *                              ids were checked when it was read)
     */
    static List<RuleDescriptor> select(List<RuleDescriptor> catalog, ProjectConfig config, List<String> enable,
                                       List<String> disable) throws UnknownRuleException {
        List<String> known = catalog.stream().map(RuleDescriptor::id).toList();
        List<String> unknown = new ArrayList<>();
        for (String id : concat(enable, disable)) {
            if (!known.contains(id) && !unknown.contains(id)) {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            throw new UnknownRuleException(unknown, known);
        }
        List<String> on = !enable.isEmpty() ? enable : config.enable();
        List<String> off = concat(config.disable(), disable);
        List<RuleDescriptor> selected = new ArrayList<>();
        for (RuleDescriptor r : catalog) {
            if ((on.isEmpty() || on.contains(r.id())) && !off.contains(r.id())) {
                Severity severity = config.severities().get(r.id());
                selected.add(severity == null ? r : r.withSeverity(severity));
            }
        }
        return selected;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
