package dev.fearless.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.program.MethodInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which code runs on virtual threads ({@link VirtualThreads}) and where a method may wait ({@link Blocks}). */
class VirtualThreadsTest {

    private final Analyzed a = Analyzed.of("""
            import java.util.concurrent.*;
            class Server {
                private final ExecutorService virtual = Executors.newVirtualThreadPerTaskExecutor();
                private final ExecutorService platform = Executors.newFixedThreadPool(4);
                private final ExecutorService either;
                Server(boolean v) { either = v ? Executors.newVirtualThreadPerTaskExecutor() : platform; }
                void onVirtual() { virtual.execute(() -> handle()); }
                void onPlatform() { platform.execute(() -> platformOnly()); }
                void onEither() { either.execute(() -> unknownKind()); }
                void onBuilder() { Thread.ofVirtual().name("w").start(this::built); }
                void onStarted() { Thread.startVirtualThread(() -> started()); }
                void onFactory() {
                    ThreadFactory f = Thread.ofVirtual().factory();
                    Executors.newThreadPerTaskExecutor(f).execute(new Job());
                }
                void onParameter() { dispatch(Executors.newVirtualThreadPerTaskExecutor()); }
                void dispatch(ExecutorService ex) { ex.execute(() -> viaParameter()); }
                void onPlatformBuilder() { Thread.ofPlatform().start(() -> platformOnly()); }
                void handle() { helper(); }
                void helper() { }
                void platformOnly() { }
                void unknownKind() { }
                void built() { }
                void started() { }
                void viaParameter() { }
            }
            class Job implements Runnable {
                public void run() { }
            }
            class Waits {
                private final Object lock = new Object();
                void outer() { middle(); }
                void middle() { inner(); }
                void inner() throws InterruptedException { Thread.sleep(1); }
                void quiet() { }
            }
            """);

    private VirtualThreads virtual() {
        return a.summaries().virtualThreads();
    }

    @Test
    void tasksHandedToVirtualThreads_andWhatTheyCall_runOnVirtualThreads() {
        for (String name : List.of("handle", "helper", "built", "started", "viaParameter")) {
            assertNotNull(virtual().reach(a.method("Server", name)), name + " runs on a virtual thread");
        }
        assertNotNull(virtual().reach(a.method("Job", "run")), "a task object handed to a virtual-thread factory's executor");
        assertSame(virtual(), a.summaries().virtualThreads());
    }

    @Test
    void platformThreads_andExecutorsOfEitherKind_areNotVirtual() {
        assertNull(virtual().reach(a.method("Server", "platformOnly")));
        assertNull(virtual().reach(a.method("Server", "unknownKind")));
    }

    @Test
    void aReach_namesTheHandOff_theCallsDownToTheMethod_andWhereTheThreadsAreMadeVirtual() {
        VirtualThreads.Reach helper = virtual().reach(a.method("Server", "helper"));
        List<String> path = helper.path().stream().map(l -> l.pos().line() + " " + l.message()).toList();
        assertEquals(List.of("7 `virtual.execute(...)` runs the task on a virtual thread", "7 calls `Server.handle`",
                "19 calls `Server.helper`"), path);
        assertEquals(3, helper.root().source().pos().line());
        assertTrue(helper.root().source().message().contains("newVirtualThreadPerTaskExecutor"));
    }

    @Test
    void blocks_findsAWaitThroughCallees_withTheChain_andNothingInQuietCode() {
        Blocks blocks = new Blocks(a.program());
        MethodInfo outer = a.method("Waits", "outer");
        Blocks.Block block = blocks.at(outer, Analyzed.call(outer, "middle"));
        assertNotNull(block);
        assertEquals("Thread.sleep()", block.what());
        assertEquals(3, block.chain().size());
        assertTrue(block.viaCallee());
        MethodInfo inner = a.method("Waits", "inner");
        assertFalse(blocks.at(inner, Analyzed.call(inner, "sleep")).viaCallee());
        assertNull(blocks.at(a.method("Server", "handle"), Analyzed.call(a.method("Server", "handle"), "helper")));
    }
}
