package dev.fearless.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.rule.RuleDescriptor;
import dev.fearless.rules.RuleCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSelectionTest {

    private final List<RuleDescriptor> all = RuleCatalog.all();

    private static List<String> ids(List<RuleDescriptor> rules) {
        return rules.stream().map(RuleDescriptor::id).toList();
    }

    @Test
    void nothingConfiguredRunsEveryRule() {
        assertEquals(ids(all), ids(RuleSelection.select(all, List.of(), List.of())));
        assertEquals(ids(all), ids(RuleSelection.select(all, null, null)));
    }

    @Test
    void enabledRestrictsAndDisabledRemoves() {
        assertEquals(List.of("SyncOnSharedConstant"),
                ids(RuleSelection.select(all, List.of(" SyncOnSharedConstant", ""), List.of())));
        List<String> rest = ids(RuleSelection.select(all, List.of(), List.of("SyncOnSharedConstant")));
        assertEquals(all.size() - 1, rest.size());
        assertTrue(!rest.contains("SyncOnSharedConstant"));
        assertEquals(List.of(), ids(RuleSelection.select(all, List.of("SyncOnSharedConstant"),
                List.of("SyncOnSharedConstant"))));
    }

    @Test
    void unknownIdsFailNamingEachOfThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RuleSelection.select(all, List.of("NoSuchRule"), List.of("SyncOnSharedConstant", "Typo")));
        assertTrue(e.getMessage().startsWith("unknown rule ids NoSuchRule, Typo"), e.getMessage());
        assertTrue(e.getMessage().contains("known rules: "), e.getMessage());
        assertTrue(e.getMessage().contains("UnguardedWrite"), e.getMessage());
    }
}
