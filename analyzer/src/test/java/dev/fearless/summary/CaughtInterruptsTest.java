package dev.fearless.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.fearless.facts.CatchClause;
import dev.fearless.program.MethodInfo;
import org.junit.jupiter.api.Test;

class CaughtInterruptsTest {

    private final Analyzed a = Analyzed.of("""
            import java.util.*;
            import java.util.concurrent.*;
            class Waits {
                private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
                private final Thread drainer = new Thread(this::drain);
                private volatile boolean running = true;
                private Thread acceptor;
                private final List<Throwable> failures = new ArrayList<>();
                private Throwable failure;

                public boolean logAndGoOn(CountDownLatch latch) {
                    try {
                        return latch.await(1, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        System.err.println("interrupted");
                        return false;
                    }
                }
                public boolean reflag(CountDownLatch latch) {
                    try {
                        return latch.await(1, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }
                public void interruptsAnother(Thread other) {
                    try {
                        other.join();
                    } catch (InterruptedException e) {
                        other.interrupt();
                    }
                }
                public void noteAndThrowLater(CountDownLatch latch) throws InterruptedException {
                    boolean interrupted = false;
                    try {
                        latch.await();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                    if (interrupted) {
                        throw new InterruptedException();
                    }
                }
                public void keepForLater(CountDownLatch latch) {
                    try {
                        latch.await();
                    } catch (InterruptedException e) {
                        failure = e;
                    }
                }
                public void combineAndThrow(List<Future<String>> futures) throws Exception {
                    Exception first = null;
                    for (Future<String> f : futures) {
                        try {
                            f.get();
                        } catch (Exception e) {
                            first = first == null ? e : first;
                            e.addSuppressed(new IllegalStateException());
                        }
                    }
                }
                public void addSuppressedThenThrow(List<Future<String>> futures) throws Exception {
                    Exception all = new Exception("failed");
                    for (Future<String> f : futures) {
                        try {
                            f.get();
                        } catch (Exception e) {
                            all.addSuppressed(e);
                        }
                    }
                    throw all;
                }
                public void exitAfter(Thread shutdown) {
                    try {
                        shutdown.join(1000);
                    } catch (InterruptedException e) {
                        System.err.println("interrupted");
                    }
                    if (shutdown.isAlive()) {
                        System.err.println("still alive");
                    }
                    System.exit(1);
                }
                public void start() {
                    drainer.start();
                }
                private void drain() {
                    while (true) {
                        try {
                            System.out.println(queue.take());
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
                public void serve(ExecutorService pool) {
                    pool.execute(() -> {
                        acceptor = Thread.currentThread();
                        while (running) {
                            try {
                                System.out.println(queue.take());
                            } catch (InterruptedException e) {
                                continue;
                            }
                        }
                    });
                }
                public void stop() {
                    running = false;
                    acceptor.interrupt();
                }
                public void poolTaskGoesOn(ExecutorService pool) {
                    pool.execute(() -> {
                        while (true) {
                            try {
                                System.out.println(queue.take());
                            } catch (InterruptedException e) {
                                System.err.println("ignored");
                            }
                        }
                    });
                }
            }
            class Worker extends Thread {
                private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
                private volatile boolean stopped;
                @Override
                public void run() {
                    while (!stopped) {
                        try {
                            tasks.take().run();
                        } catch (InterruptedException e) {
                            System.err.println("woken");
                        }
                    }
                }
            }
            class Spinner extends Thread {
                private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
                @Override
                public void run() {
                    while (!Thread.currentThread().isInterrupted()) {
                        try {
                            tasks.take().run();
                        } catch (InterruptedException e) {
                            System.err.println("woken");
                        }
                    }
                }
            }
            """);

    private CaughtInterrupts.Fate fate(String type, String method) {
        MethodInfo m = a.method(type, method);
        return fate(m);
    }

    private CaughtInterrupts.Fate fate(MethodInfo m) {
        CatchClause c = m.facts().catches().get(0);
        return CaughtInterrupts.fate(a.program(), a.summaries().ownedThreads(), a.summaries().threads(), m, c);
    }

    @Test
    void loggedAndReturnedFalse_onCallersThread_isSwallowed() {
        assertEquals(CaughtInterrupts.Fate.SWALLOWED, fate("Waits", "logAndGoOn"));
    }

    @Test
    void currentThreadReflagged_isRestored() {
        assertEquals(CaughtInterrupts.Fate.RESTORED, fate("Waits", "reflag"));
    }

    @Test
    void interruptingAnotherThread_doesNotRestoreTheCallers() {
        assertEquals(CaughtInterrupts.Fate.SWALLOWED, fate("Waits", "interruptsAnother"));
    }

    @Test
    void notedInLocal_andThrownLaterUnderIt_isRestored() {
        assertEquals(CaughtInterrupts.Fate.RESTORED, fate("Waits", "noteAndThrowLater"));
    }

    @Test
    void storedInField_isPassedOn() {
        assertEquals(CaughtInterrupts.Fate.PASSED_ON, fate("Waits", "keepForLater"));
    }

    @Test
    void addedAsSuppressedToExceptionThrownLater_isPassedOn() {
        assertEquals(CaughtInterrupts.Fate.PASSED_ON, fate("Waits", "addSuppressedThenThrow"));
    }

    @Test
    void keptInLocalThatGoesNowhere_isSwallowed() {
        assertEquals(CaughtInterrupts.Fate.SWALLOWED, fate("Waits", "combineAndThrow"));
    }

    @Test
    void processExitsAfterTheTry_isProcessExit() {
        assertEquals(CaughtInterrupts.Fate.PROCESS_EXITS, fate("Waits", "exitAfter"));
    }

    @Test
    void methodReferenceBodyOfDedicatedThread_returning_endsTheThread() {
        assertEquals(CaughtInterrupts.Fate.THREAD_ENDS, fate("Waits", "drain"));
    }

    @Test
    void loopWokenByOwnerOnBorrowedThread_isOwnerLoop() {
        MethodInfo serve = a.method("Waits", "serve");
        assertEquals(CaughtInterrupts.Fate.OWNER_LOOP, fate(a.closuresOf(serve).get(0)));
    }

    @Test
    void endlessLoopOfPoolTask_isSwallowed() {
        MethodInfo task = a.closuresOf(a.method("Waits", "poolTaskGoesOn")).get(0);
        assertEquals(CaughtInterrupts.Fate.SWALLOWED, fate(task));
    }

    @Test
    void threadLoopWithStopFlag_isOwnerLoop() {
        assertEquals(CaughtInterrupts.Fate.OWNER_LOOP, fate("Worker", "run"));
    }

    @Test
    void threadLoopThatReadsTheInterruptStatus_isSwallowed() {
        assertEquals(CaughtInterrupts.Fate.SWALLOWED, fate("Spinner", "run"));
    }

    @Test
    void catchOfException_withoutInterruptibleCall_cannotHoldAnInterrupt() {
        MethodInfo m = a.method("Waits", "combineAndThrow");
        assertEquals(CaughtInterrupts.Catch.BROAD, CaughtInterrupts.catchOf(a.program(), m, m.facts().catches().get(0)));
        MethodInfo direct = a.method("Waits", "reflag");
        assertEquals(CaughtInterrupts.Catch.DIRECT, CaughtInterrupts.catchOf(a.program(), direct, direct.facts().catches().get(0)));
        Analyzed plain = Analyzed.of("""
                class P { int parse(String s) { try { return Integer.parseInt(s); } catch (Exception e) { return 0; } } }
                """);
        MethodInfo parse = plain.method("P", "parse");
        assertNull(CaughtInterrupts.catchOf(plain.program(), parse, parse.facts().catches().get(0)));
    }
}
