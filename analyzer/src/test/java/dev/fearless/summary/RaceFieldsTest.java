package dev.fearless.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RaceFieldsTest {

    private final Analyzed a = Analyzed.of("""
            import java.util.*;
            class Shared {
                private int plain;
                private volatile int flag;
                @GuardedBy("this") private int guarded;
                private final List<String> items = new ArrayList<>();
                public void write() { plain = 1; items.add("x"); }
                public int read() { return plain + items.size(); }
            }
            """);

    @Test
    void volatileAndGuardedByFields_areOutOfScope() {
        assertTrue(RaceFields.inScope(a.field("Shared", "plain")));
        assertFalse(RaceFields.inScope(a.field("Shared", "flag")));
        assertFalse(RaceFields.inScope(a.field("Shared", "guarded")));
    }

    @Test
    void finalFieldOfUnsafeContainer_countsOnlyItsContents() {
        var items = a.field("Shared", "items");
        var relevant = RaceFields.relevantUses(a.program(), a.summaries(), items, a.summaries().uses(items));
        assertFalse(relevant.isEmpty());
        assertTrue(relevant.stream().allMatch(u -> u.op().throughContents()), relevant::toString);
        assertEquals(a.summaries().uses(a.field("Shared", "plain")),
                RaceFields.relevantUses(a.program(), a.summaries(), a.field("Shared", "plain"), a.uses("Shared", "plain")));
    }
}
