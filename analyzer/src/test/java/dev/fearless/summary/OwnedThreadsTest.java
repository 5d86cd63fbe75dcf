package dev.fearless.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.program.MethodInfo;
import org.junit.jupiter.api.Test;

class OwnedThreadsTest {

    private final Analyzed a = Analyzed.of("""
            import java.util.concurrent.*;
            class Threads {
                static Thread started(String name, Runnable body) {
                    Thread t = make(body, name);
                    t.start();
                    return t;
                }
                static Thread make(Runnable body, String name) {
                    return new Thread(body, name);
                }
                void viaHelper() {
                    started("loop", this::loop);
                }
                void pool(ExecutorService pool) {
                    pool.execute(() -> System.out.println("task"));
                }
                private void loop() {
                    step();
                }
                private void step() {
                    System.out.println("step");
                }
                public void api() {
                    step();
                }
                public static void main(String[] args) {
                    System.out.println("main");
                }
            }
            class Pump implements Runnable {
                public void run() {
                    System.out.println("pump");
                }
            }
            class Daemon extends Thread {
                private final Pump inner = new Pump();
                Daemon() {
                    super("daemon");
                }
                @Override
                public void run() {
                    inner.run();
                }
            }
            """);

    private OwnedThreads roots() {
        return a.summaries().ownedThreads();
    }

    @Test
    void bodyPassedThroughHelpersToAStartedThread_isDedicated() {
        assertEquals(OwnedThreads.Kind.DEDICATED, roots().rootKind(a.method("Threads", "loop")));
    }

    @Test
    void lambdaHandedToPool_isTask() {
        MethodInfo task = a.closuresOf(a.method("Threads", "pool")).get(0);
        assertEquals(OwnedThreads.Kind.TASK, roots().rootKind(task));
    }

    @Test
    void privateHelperOnlyTheDedicatedBodyCalls_runsOnOwnedThread_butPublicApiDoesNot() {
        assertTrue(roots().onOwnedThread(a.method("Threads", "loop")));
        assertFalse(roots().onOwnedThread(a.method("Threads", "step")), "also called from the public api()");
        assertFalse(roots().onOwnedThread(a.method("Threads", "api")));
    }

    @Test
    void threadSubclassRun_andMain_areDedicated() {
        assertEquals(OwnedThreads.Kind.DEDICATED, roots().rootKind(a.method("Daemon", "run")));
        assertEquals(OwnedThreads.Kind.DEDICATED, roots().rootKind(a.method("Threads", "main")));
    }

    @Test
    void runnableRunCalledByProgramCode_isNoRoot() {
        assertNull(roots().rootKind(a.method("Pump", "run")), "Daemon.run calls it in place");
    }
}
