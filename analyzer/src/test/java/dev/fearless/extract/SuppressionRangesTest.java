package dev.fearless.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.facts.FileFacts;
import dev.fearless.facts.SuppressionRange;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code @SuppressWarnings} on a declaration becomes a line range with the names it lists;
 * {@code "fearless"} silences every rule there, {@code "fearless:RuleId"} one rule.
 */
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

    /** Whether a finding of {@code ruleId} at {@code line} is silenced by the names fearless always honours. */
    private static boolean silenced(FileFacts facts, String ruleId, int line) {
        return facts.suppressed(List.of("fearless", "fearless:" + ruleId), line);
    }

    @Test
    void suppressAll_coversTheWholeDeclaration_forEveryRule() {
        assertTrue(FACTS.suppressions().contains(new SuppressionRange(4, 7, Set.of("fearless"))),
                FACTS.suppressions()::toString);
        assertTrue(silenced(FACTS, "AnyRule", 4));
        assertTrue(silenced(FACTS, "AnyRule", 6));
        assertFalse(silenced(FACTS, "AnyRule", 8));
    }

    @Test
    void suppressOneRule_coversOnlyThatRule() {
        assertTrue(FACTS.suppressions().contains(new SuppressionRange(9, 12, Set.of("unchecked", "fearless:UnguardedWrite"))),
                FACTS.suppressions()::toString);
        assertTrue(silenced(FACTS, "UnguardedWrite", 11));
        assertFalse(silenced(FACTS, "OtherRule", 11));
    }

    @Test
    void otherToolsWarnings_doNotSilenceFearless() {
        assertFalse(silenced(FACTS, "UnguardedWrite", 16));
        assertFalse(silenced(FACTS, "AnyRule", 15));
    }

    @Test
    void namedValueArray_onAField_listsEachName() {
        assertTrue(FACTS.suppressions().contains(new SuppressionRange(19, 20, Set.of("fearless:A", "fearless:B"))),
                FACTS.suppressions()::toString);
        assertTrue(silenced(FACTS, "A", 20));
        assertTrue(silenced(FACTS, "B", 20));
        assertFalse(silenced(FACTS, "C", 20));
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
        assertEquals(List.of(new SuppressionRange(1, 5, Set.of("fearless:SyncOnLocal"))), facts.suppressions());
        assertTrue(silenced(facts, "SyncOnLocal", 3));
        assertFalse(silenced(facts, "OtherRule", 3));
    }

    @Test
    void suppressionOnALocalVariable_coversOnlyItsDeclaration() {
        FileFacts facts = Snippet.of("""
                class L {
                    int x;
                    void m() {
                        @SuppressWarnings("fearless")
                        int y = x;
                        x = 2;
                    }
                }
                """).facts();
        assertTrue(silenced(facts, "AnyRule", 5));
        assertFalse(silenced(facts, "AnyRule", 6));
    }

    @Test
    void spotBugsSuppression_namesItsPatterns_andSilencesThoseTheyArePrefixesOf() {
        FileFacts facts = Snippet.of("""
                class Q {
                    @SuppressFBWarnings(value = {"JLM", "IS2_INCONSISTENT_SYNC"}, justification = "reviewed")
                    void m() {
                    }
                }
                """).facts();
        assertEquals(List.of(new SuppressionRange(2, 4, Set.of("spotbugs:JLM", "spotbugs:IS2_INCONSISTENT_SYNC"))),
                facts.suppressions());
        assertTrue(facts.suppressed(List.of("spotbugs:JLM_JSR166_UTILCONCURRENT_MONITORENTER"), 3));
        assertTrue(facts.suppressed(List.of("spotbugs:IS2_INCONSISTENT_SYNC"), 3));
        assertFalse(facts.suppressed(List.of("spotbugs:IS"), 3), "a pattern longer than the check's name silences nothing");
        assertFalse(facts.suppressed(List.of("JLM_JSR166_UTILCONCURRENT_MONITORENTER"), 3),
                "a SpotBugs name silences only the SpotBugs peers of a rule");
        assertFalse(facts.suppressed(List.of("fearless", "fearless:SyncOnLocal"), 3));
    }

    @Test
    void range_coversItsFirstAndLastLine_only() {
        SuppressionRange range = new SuppressionRange(3, 5, Set.of("fearless"));
        assertFalse(range.covers(2));
        assertTrue(range.covers(3));
        assertTrue(range.covers(5));
        assertFalse(range.covers(6));
    }

    @Test
    void intellijLineComment_coversTheWholeStatementBelowIt_withTheNamesItLists() {
        FileFacts facts = Snippet.of("""
                class N {
                    volatile int x;
                    void m(boolean b) {
                        //noinspection NonAtomicOperationOnVolatileField, unchecked
                        x =
                            x + 1;
                        x++;
                    }
                }
                """).facts();
        assertEquals(List.of(new SuppressionRange(5, 6, Set.of("NonAtomicOperationOnVolatileField", "unchecked"))),
                facts.suppressions());
    }

    @Test
    void intellijLineComment_onTheLastLineOfABlock_silencesNothing() {
        FileFacts facts = Snippet.of("""
                class E {
                    int x;
                    void m(boolean b) {
                        if (b) {
                            x = 1;
                            //noinspection FieldAccessedSynchronizedAndUnsynchronized
                        }
                        x = 2;
                    }
                }
                """).facts();
        assertEquals(List.of(), facts.suppressions());
    }

    @Test
    void otherLineComments_silenceNothing() {
        FileFacts facts = Snippet.of("""
                class O {
                    int x;
                    void m() {
                        // noinspections are IntelliJ's
                        //noinspection
                        x = 1;
                    }
                }
                """).facts();
        assertEquals(List.of(), facts.suppressions());
    }
}
