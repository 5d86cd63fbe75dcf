package dev.fearless.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CutoffsTest {

    @Test
    void eachLimit_countsDistinctPlaces_andNamesTheSmallestAsExample() {
        Cutoffs cutoffs = new Cutoffs();
        cutoffs.hit("lock summaries", "64 acquisitions kept per method", "p.B.m");
        cutoffs.hit("access summaries", "96 accesses kept per method", "p.Z.m");
        cutoffs.hit("access summaries", "96 accesses kept per method", "p.A.m");
        cutoffs.hit("access summaries", "96 accesses kept per method", "p.Z.m");
        assertEquals(List.of(new Cutoff("access summaries", "96 accesses kept per method", 2, "p.A.m"),
                new Cutoff("lock summaries", "64 acquisitions kept per method", 1, "p.B.m")), cutoffs.all());
        assertEquals("access summaries: 96 accesses kept per method (2 places, e.g. p.A.m)",
                cutoffs.all().get(0).describe());
    }

    @Test
    void deadline_throwsOnceItHasPassed_andNoneNever() throws InterruptedException {
        Deadline.NONE.check();
        Deadline past = Deadline.in(1, "work");
        Thread.sleep(5);
        BudgetExceeded e = assertThrows(BudgetExceeded.class, past::check);
        assertEquals("work", e.getMessage());
        Deadline.in(60_000, "later").check();
    }
}
