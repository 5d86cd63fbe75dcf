package dev.fearless.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Happens-before through hand-offs ({@link Spawns}) and the distance of methods to one ({@link SpawnDistances}). */
class SpawnsTest {

    private final Analyzed a = Analyzed.of("""
            import java.util.concurrent.*;
            class Worker implements Runnable {
                private int state;
                public void launch(ExecutorService ex) {
                    state = 1;
                    ex.execute(this);
                }
                public void launchThenWrite(ExecutorService ex) {
                    ex.execute(this);
                    state = 2;
                }
                public void run() { state++; }
                public void viaHelper(ExecutorService ex) { launch(ex); }
                public void idle() { }
            }
            """);

    @Test
    void writeBeforeHandingThisOff_isOrderedBeforeTheTask_writeAfterIsNot() {
        List<FieldUse> uses = a.uses("Worker", "state");
        FieldUse task = uses.stream().filter(u -> u.method().name().equals("run")).findFirst().orElseThrow();
        FieldUse before = uses.stream().filter(u -> u.method().name().equals("launch")).findFirst().orElseThrow();
        FieldUse after = uses.stream().filter(u -> u.method().name().equals("launchThenWrite")).findFirst().orElseThrow();
        assertTrue(Spawns.orderedBefore(a.program(), before, task));
        assertFalse(Spawns.orderedBefore(a.program(), after, task));
    }

    @Test
    void distanceToSpawn_countsCalls_andIsComputedOnce() {
        var distances = a.summaries().spawnDistances();
        assertEquals(0, distances.asMap().get(a.method("Worker", "launch")));
        assertEquals(1, distances.asMap().get(a.method("Worker", "viaHelper")));
        assertNull(distances.asMap().get(a.method("Worker", "idle")));
        assertSame(distances, a.summaries().spawnDistances());
    }
}
