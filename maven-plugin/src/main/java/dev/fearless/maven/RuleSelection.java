package dev.fearless.maven;

import dev.fearless.rule.RuleDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which rules run: {@code enabledRules} (empty means all) minus {@code disabledRules}. */
public final class RuleSelection {

    private RuleSelection() {
    }

    /**
     * Selects from {@code all}, keeping their order.
     *
     * @throws IllegalArgumentException naming every unknown id (and the known ones) if a list names a rule
     *                                  that does not exist
     */
    public static List<RuleDescriptor> select(List<RuleDescriptor> all, List<String> enabled, List<String> disabled) {
        Set<String> known = new LinkedHashSet<>();
        all.forEach(r -> known.add(r.id()));
        Set<String> enable = clean(enabled);
        Set<String> disable = clean(disabled);
        List<String> unknown = new ArrayList<>();
        for (String id : concat(enable, disable)) {
            if (!known.contains(id) && !unknown.contains(id)) {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException((unknown.size() == 1 ? "unknown rule id " : "unknown rule ids ")
                    + String.join(", ", unknown) + " in enabledRules/disabledRules; known rules: "
                    + String.join(", ", known));
        }
        List<RuleDescriptor> selected = new ArrayList<>();
        for (RuleDescriptor r : all) {
            if ((enable.isEmpty() || enable.contains(r.id())) && !disable.contains(r.id())) {
                selected.add(r);
            }
        }
        return selected;
    }

    /** Trims ids and drops blanks, so {@code -Dfearless.disabledRules=A, B} and empty POM elements work. */
    private static Set<String> clean(List<String> ids) {
        Set<String> out = new LinkedHashSet<>();
        if (ids != null) {
            for (String id : ids) {
                if (id != null && !id.isBlank()) {
                    out.add(id.strip());
                }
            }
        }
        return out;
    }

    private static List<String> concat(Set<String> a, Set<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
