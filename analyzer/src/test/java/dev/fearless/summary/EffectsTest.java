package dev.fearless.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.facts.Guard.TestKind;
import dev.fearless.program.MethodInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class EffectsTest {

    private final Analyzed a = Analyzed.of("""
            import java.util.concurrent.*;
            class Table {
                private final ExecutorService pool = Executors.newSingleThreadExecutor();
                private CountDownLatch testLatch;
                void enable() throws Exception { enable(false); }
                void enableAndWait() throws Exception { enable(true); }
                void enable(boolean waitForIt) throws Exception {
                    Future<?> f = pool.submit(() -> {});
                    if (waitForIt) {
                        f.get();
                    }
                }
                void pause() throws InterruptedException {
                    if (testLatch != null) {
                        testLatch.await();
                    }
                }
                void settle() throws Exception { pool.awaitTermination(1, TimeUnit.SECONDS); }
                void loop(int n) throws InterruptedException {
                    if (n > 0) { loop(n - 1); } else { Thread.sleep(10); }
                }
                void forEachSleeps(java.util.List<String> names) {
                    names.forEach(n -> { try { Thread.sleep(1); } catch (InterruptedException e) { Thread.currentThread().interrupt(); } });
                }
            }
            """);

    private List<Effect> blocks(String method) {
        MethodInfo m = a.method("Table", method);
        return a.summaries().effects().of(m).blocks();
    }

    @Test
    void blockingBranchUnderParameter_isConditionalOnIt() {
        List<Effect> effects = blocks("enable");
        MethodInfo threeArg = a.type("Table").methodsNamed("enable").stream()
                .filter(m -> m.facts().arity() == 1).findFirst().orElseThrow();
        List<Effect> own = a.summaries().effects().of(threeArg).blocks();
        assertEquals(1, own.size());
        assertEquals(List.of(new Condition.ParamTest("waitForIt", TestKind.IS_TRUE)), own.get(0).when().tests());
        assertTrue(effects.isEmpty(), "enable() passes false: the wait never runs, got " + effects);
    }

    @Test
    void constantTrueArgument_keepsTheBlock() {
        List<Effect> effects = blocks("enableAndWait");
        assertEquals(1, effects.size());
        assertTrue(effects.get(0).when().always());
        assertEquals("f.get()", effects.get(0).what());
        assertEquals(2, effects.get(0).chain().size(), "the call, then the wait in the callee");
    }

    @Test
    void guardOnFieldOnlyEverNull_neverRunsInProduction() {
        assertTrue(blocks("pause").isEmpty());
    }

    @Test
    void timedWait_isBounded() {
        List<Effect> effects = blocks("settle");
        assertEquals(1, effects.size());
        assertTrue(effects.get(0).bounded());
        assertFalse(blocks("enableAndWait").get(0).bounded());
    }

    @Test
    void recursion_reachesAFixedPoint_withAnAcyclicPath() {
        List<Effect> effects = blocks("loop");
        assertFalse(effects.isEmpty());
        for (Effect e : effects) {
            assertEquals(1, e.chain().size(), "the sleep is in loop itself: " + e.chain());
        }
    }

    @Test
    void closureRunHere_isPartOfTheCall() {
        List<Effect> effects = blocks("forEachSleeps");
        assertEquals(1, effects.size());
        assertNotNull(effects.get(0).path().next(), "through the closure");
    }
}
