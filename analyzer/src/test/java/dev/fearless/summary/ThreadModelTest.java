package dev.fearless.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.program.MethodInfo;
import org.junit.jupiter.api.Test;

/** Which logical threads run each method ({@link ThreadModel}, {@link ThreadRoots}, {@link Loops}). */
class ThreadModelTest {

    private final Analyzed a = Analyzed.of("""
            package p;
            import java.util.concurrent.*;
            public class Poller {
                private final ExecutorService single = Executors.newSingleThreadExecutor();
                private final ExecutorService pool = Executors.newFixedThreadPool(4);
                private int state;
                public synchronized int state() { return state; }
                public void kick() { single.execute(() -> step()); }
                public void kickAgain() { single.submit(() -> step()); }
                private void step() { state++; }
                public void spread() { pool.execute(() -> state = 1); }
                public void each(java.util.List<String> items) { for (String s : items) { pool.execute(() -> state = 2); } }
                public CompletableFuture<Void> later(CompletableFuture<String> f) {
                    return f.thenAccept(s -> state = 3);
                }
                public CompletableFuture<Void> async(CompletableFuture<String> f) {
                    return f.thenAcceptAsync(s -> state = 4);
                }
                void testHook() { state = 0; }
                public static void main(String[] args) { new Poller().kick(); }
            }
            """, """
            package p;
            class Worker extends Thread {
                private int count;
                static void launch() { new Worker().start(); }
                @Override public void run() { tick(); }
                private void tick() { count++; }
            }
            """, """
            package p;
            class Ghost extends Thread {
                private int count;
                @Override public void run() { count++; }
            }
            """);

    private ThreadSet threads(String type, String method) {
        return a.summaries().threads().threads(a.method(type, method));
    }

    @Test
    void publicApiOfSharedClass_runsOnClientThreads() {
        LogicalThread t = threads("p.Poller", "state").only();
        assertNotNull(t);
        assertEquals(LogicalThread.Kind.CLIENT, t.kind());
        assertTrue(a.summaries().threads().many(t));
    }

    @Test
    void tasksHandedToOneSingleThreadExecutor_areOneThread() {
        ThreadSet step = threads("p.Poller", "step");
        LogicalThread loop = step.only();
        assertNotNull(loop, () -> "both tasks run on the executor's one thread: " + step);
        assertEquals(LogicalThread.Kind.LOOP, loop.kind());
        assertFalse(a.summaries().threads().concurrent(step, step));
    }

    @Test
    void taskHandedToAPool_fromClientThreads_racesWithItself() {
        MethodInfo spread = a.method("p.Poller", "spread");
        MethodInfo task = a.closuresOf(spread).get(0);
        LogicalThread t = a.summaries().threads().threads(task).only();
        assertEquals(LogicalThread.Kind.TASK, t.kind());
        assertTrue(t.description().contains("pool.execute(...)"), t.description());
        assertTrue(a.summaries().threads().many(t));
    }

    @Test
    void nonAsyncStage_continuesOnItsCallersThreads_asyncStageIsATask() {
        MethodInfo later = a.closuresOf(a.method("p.Poller", "later")).get(0);
        assertTrue(a.summaries().threads().continuation(later));
        assertEquals(threads("p.Poller", "later"), a.summaries().threads().threads(later));
        MethodInfo async = a.closuresOf(a.method("p.Poller", "async")).get(0);
        assertFalse(a.summaries().threads().continuation(async));
        assertEquals(LogicalThread.Kind.TASK, a.summaries().threads().threads(async).only().kind());
    }

    @Test
    void packagePrivateMethodNobodyCalls_runsOnNoThread() {
        assertTrue(threads("p.Poller", "testHook").isEmpty());
    }

    @Test
    void threadBody_andWhatItCalls_runOnThatOneThread() {
        LogicalThread t = threads("p.Worker", "tick").only();
        assertEquals(LogicalThread.Kind.THREAD, t.kind());
        assertFalse(a.summaries().threads().many(t));
    }

    @Test
    void bodyOfAThreadClassNothingMakes_runsOnNoThread() {
        assertTrue(threads("p.Ghost", "run").isEmpty());
    }

    @Test
    void mainMethod_runsOnTheMainThread() {
        assertEquals(LogicalThread.Kind.MAIN, threads("p.Poller", "main").threads().get(0).kind());
    }

    @Test
    void taskKeptInARunnableFieldHoldingOnlyFreshTasks_runsOnTheExecutorItIsHandedTo() {
        Analyzed a = Analyzed.of("""
                import java.util.concurrent.*;
                public class Pool {
                    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
                    private final Runnable timeoutTask;
                    private int count;
                    public Pool(boolean fail) {
                        if (fail) { timeoutTask = null; } else { timeoutTask = new TimeoutTask() { void onTimeout() { } }; }
                    }
                    public void acquire() {
                        executor.execute(() -> { count++; executor.schedule(timeoutTask, 1, TimeUnit.SECONDS); });
                    }
                    private abstract class TimeoutTask implements Runnable {
                        public final void run() { count--; onTimeout(); }
                        abstract void onTimeout();
                    }
                }
                """);
        LogicalThread run = a.summaries().threads().threads(a.method("Pool.TimeoutTask", "run")).only();
        assertNotNull(run);
        assertEquals(LogicalThread.Kind.LOOP, run.kind());
    }

    @Test
    void tasksHandedToASingleThreadExecutorReturnedByAMethod_runOnTheFieldItReturns() {
        Analyzed a = Analyzed.of("""
                import java.util.concurrent.*;
                public class Worker {
                    private final ExecutorService single = Executors.newSingleThreadExecutor();
                    private int count;
                    ExecutorService executor() { return single; }
                    public void add() { executor().submit(new Job()); }
                    public void report() { single.execute(() -> System.out.println(count)); }
                    private final class Job implements Runnable {
                        public void run() { count++; }
                    }
                }
                """);
        LogicalThread add = a.summaries().threads().threads(a.method("Worker.Job", "run")).only();
        LogicalThread report = a.summaries().threads().threads(a.closuresOf(a.method("Worker", "report")).get(0)).only();
        assertNotNull(add);
        assertEquals(LogicalThread.Kind.LOOP, add.kind());
        assertTrue(add.same(report), () -> add + " / " + report);
    }

    @Test
    void tasksHandedToAPoolSubclassKeepingOneThread_runOnOneThread() {
        Analyzed a = Analyzed.of("""
                import java.util.concurrent.*;
                public class Batches {
                    private final ScheduledExecutorService tasks = make();
                    private static ScheduledExecutorService make() { OneThread t = new OneThread(); return t; }
                    public void start() { tasks.scheduleWithFixedDelay(() -> replay(), 1, 1, TimeUnit.SECONDS); }
                    private void replay() { }
                    static final class OneThread extends ScheduledThreadPoolExecutor {
                        OneThread() { super(1); }
                    }
                }
                """, """
                import java.util.concurrent.*;
                public class Pooled {
                    private final ScheduledExecutorService tasks = new Several();
                    public void start() { tasks.scheduleWithFixedDelay(() -> replay(), 1, 1, TimeUnit.SECONDS); }
                    private void replay() { }
                    static final class Several extends ScheduledThreadPoolExecutor {
                        Several() { super(4); }
                    }
                }
                """);
        LogicalThread one = a.summaries().threads().threads(a.method("Batches", "replay")).only();
        assertNotNull(one);
        assertEquals(LogicalThread.Kind.LOOP, one.kind());
        assertEquals(LogicalThread.Kind.TASK, a.summaries().threads().threads(a.method("Pooled", "replay")).only().kind());
    }

    @Test
    void aTemplateMethodRunsTheHookOfItsObjectsClass_notThoseOfItsSiblings() {
        Analyzed a = Analyzed.of("""
                public class Steps {
                    abstract static class Step {
                        public final void run() { doStep(); }
                        protected abstract void doStep();
                    }
                    static final class Counting extends Step { private int n; protected void doStep() { n++; } }
                    static final class Collecting extends Step { private int n; protected void doStep() { n++; } }
                    private static final Counting SHARED = new Counting();
                    static void start() { new Thread(() -> SHARED.run()).start(); }
                }
                """);
        assertFalse(a.summaries().threads().threads(a.method("Steps.Counting", "doStep")).isEmpty());
        assertTrue(a.summaries().threads().threads(a.method("Steps.Collecting", "doStep")).isEmpty());
        assertFalse(a.summaries().threads().threads(a.method("Steps.Step", "run")).isEmpty());
    }

    @Test
    void theFinalizerRunsOnItsOwnThread_onAnObjectNoOtherThreadReaches() {
        Analyzed a = Analyzed.of("""
                public class Pooled {
                    private volatile boolean freed;
                    private static int freedCount;
                    public synchronized void use() { }
                    @Override protected void finalize() { free(); }
                    private void free() { freed = true; freedCount++; }
                }
                """);
        MethodInfo free = a.method("Pooled", "free");
        LogicalThread t = a.summaries().threads().threads(free).only();
        assertNotNull(t);
        assertEquals("finalizer", t.key());
        assertTrue(a.summaries().sharedThreadsAt(free, free.facts().pos()).isEmpty());
    }
}
