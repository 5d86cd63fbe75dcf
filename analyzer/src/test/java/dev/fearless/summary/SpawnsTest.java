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
        assertTrue(Spawns.orderedBefore(a.program(), a.summaries().threads(), before, task));
        assertFalse(Spawns.orderedBefore(a.program(), a.summaries().threads(), after, task));
    }

    private static final String POLLER = """
            class Poller {
                private final Object lock = new Object();
                private int interval;
                private class Loop implements Runnable {
                    public void run() { synchronized (lock) { use(interval); } }
                }
                %s
                private void use(int i) { }
            }
            """;
    private static final String START = """
            public void start(int every) {
                interval = every;
                new Thread(new Loop()).start();
            }
            """;
    private static final String START_THEN_SET = """
            public void startThenSet(int every) {
                new Thread(new Loop()).start();
                interval = every;
            }
            """;

    /** Whether the access to {@code interval} in {@code method} is ordered before the task's. */
    private static boolean orderedBeforeTheTask(String methods, String method) {
        Analyzed poller = Analyzed.of(POLLER.formatted(methods));
        List<FieldUse> uses = poller.uses("Poller", "interval");
        FieldUse task = uses.stream().filter(u -> u.method().name().equals("run")).findFirst().orElseThrow();
        FieldUse use = uses.stream().filter(u -> u.method().name().equals(method)).findFirst().orElseThrow();
        return Spawns.orderedBefore(poller.program(), poller.summaries().threads(), use, task);
    }

    @Test
    void writeBeforeATaskObjectIsHandedToAThread_isOrderedBeforeTheTask() {
        assertTrue(orderedBeforeTheTask(START, "start"));
        assertFalse(orderedBeforeTheTask(START_THEN_SET, "startThenSet"));
        assertFalse(orderedBeforeTheTask(START + START_THEN_SET, "start"),
                "the thread startThenSet starts may be running when start() writes");
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
