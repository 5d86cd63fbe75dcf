package dev.fearless.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.facts.FileFacts;
import dev.fearless.facts.SuppressionRange;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code @SuppressWarnings("fearless")} and {@code "fearless:RuleId"} become line ranges of their declaration. */
class SuppressionRangesTest {

    private static final FileFacts FACTS = Snippet.of("""
            class S {
                int x;

                @SuppressWarnings("fearless")
                void all() {
                    x = 1;
                }

                @SuppressWarnings({"unchecked", "fearless:UnguardedWrite"})
                void one() {
                    x = 2;
                }

                @SuppressWarnings("unchecked")
                void others() {
                    x = 3;
                }

                @SuppressWarnings(value = {"fearless:A", "fearless:B"})
                int field;
            }
            """).facts();

    @Test
    void suppressAll_coversTheWholeDeclaration_forEveryRule() {
        assertTrue(FACTS.suppressions().contains(new SuppressionRange(4, 7, Set.of())), FACTS.suppressions()::toString);
        assertTrue(FACTS.suppressed("AnyRule", 6));
        assertTrue(FACTS.suppressed("AnyRule", 4));
        assertFalse(FACTS.suppressed("AnyRule", 8));
    }

    @Test
    void suppressOneRule_coversOnlyThatRule() {
        assertTrue(FACTS.suppressions().contains(new SuppressionRange(9, 12, Set.of("UnguardedWrite"))),
                FACTS.suppressions()::toString);
        assertTrue(FACTS.suppressed("UnguardedWrite", 11));
        assertFalse(FACTS.suppressed("OtherRule", 11));
    }

    @Test
    void otherToolsWarnings_areNotOurs() {
        assertFalse(FACTS.suppressed("UnguardedWrite", 16));
        assertFalse(FACTS.suppressed("AnyRule", 15));
    }

    @Test
    void namedValueArray_onAField_suppressesEachListedRule() {
        assertTrue(FACTS.suppressions().contains(new SuppressionRange(19, 20, Set.of("A", "B"))),
                FACTS.suppressions()::toString);
    }

    @Test
    void onlyFearlessAnnotations_produceRanges() {
        assertEquals(3, FACTS.suppressions().size(), FACTS.suppressions()::toString);
    }

    @Test
    void suppressionOnAClass_coversItsMembers() {
        FileFacts facts = Snippet.of("""
                @SuppressWarnings("fearless:SyncOnLocal")
                class Whole {
                    void m() {
                    }
                }
                """).facts();
        assertEquals(List.of(new SuppressionRange(1, 5, Set.of("SyncOnLocal"))), facts.suppressions());
        assertTrue(facts.suppressed("SyncOnLocal", 3));
    }
}
