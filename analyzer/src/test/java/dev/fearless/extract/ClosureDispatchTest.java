package dev.fearless.extract;

import static dev.fearless.extract.Snippet.firstWrite;
import static dev.fearless.extract.Snippet.held;
import static dev.fearless.extract.Snippet.thisMonitor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.facts.Dispatch;
import dev.fearless.facts.Event;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.MethodFacts;
import dev.fearless.facts.TypeFacts;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Where closures run, decided by where they are handed: here (with the caller's locks), elsewhere (a new
 * thread, no locks), or in parallel; and which locals they capture.
 */
class ClosureDispatchTest {

    private static final Snippet SNIPPET = Snippet.of("""
            package p;
            import java.util.*;
            import java.util.concurrent.*;
            class A {
                private final Map<String, Integer> map = new HashMap<>();
                private final List<String> list = new ArrayList<>();
                private ExecutorService executor;
                private int x;

                synchronized void computeIfAbsent() { map.computeIfAbsent("k", k -> x++); }
                synchronized void forEach() { list.forEach(s -> x++); }
                synchronized void thread() { new Thread(() -> x++).start(); }
                synchronized void submit() { executor.submit(() -> x++); }
                synchronized void runAsync() { CompletableFuture.runAsync(() -> x++); }
                synchronized void parallel() { list.parallelStream().forEach(s -> x++); }
                synchronized void sequentialStream() { list.stream().forEach(s -> x++); }
                synchronized void anonymousThread() { new Thread() { public void run() { x++; } }.start(); }
            }
            """);

    private static MethodFacts onlyClosure(String method) {
        List<MethodFacts> closures = SNIPPET.closuresOf(method);
        assertEquals(1, closures.size(), () -> "closures of " + method + ": " + closures);
        return closures.get(0);
    }

    @Test
    void lambdaHandedToComputeIfAbsent_runsHere_withCallersLocks() {
        MethodFacts closure = onlyClosure("computeIfAbsent");
        assertEquals(Dispatch.HERE, closure.dispatch());
        assertEquals(held(thisMonitor()), firstWrite(closure, "x").held());
    }

    @Test
    void lambdaHandedToForEach_runsHere_withCallersLocks() {
        MethodFacts closure = onlyClosure("forEach");
        assertEquals(Dispatch.HERE, closure.dispatch());
        assertEquals(held(thisMonitor()), firstWrite(closure, "x").held());
    }

    @Test
    void lambdaHandedToNewThread_runsElsewhere_withoutLocks() {
        MethodFacts closure = onlyClosure("thread");
        assertEquals(Dispatch.ELSEWHERE, closure.dispatch());
        assertEquals(LockSet.EMPTY, firstWrite(closure, "x").held());
    }

    @Test
    void lambdaSubmittedToExecutorService_runsElsewhere_withoutLocks() {
        MethodFacts closure = onlyClosure("submit");
        assertEquals(Dispatch.ELSEWHERE, closure.dispatch());
        assertEquals(LockSet.EMPTY, firstWrite(closure, "x").held());
    }

    @Test
    void lambdaHandedToRunAsync_runsElsewhere_withoutLocks() {
        MethodFacts closure = onlyClosure("runAsync");
        assertEquals(Dispatch.ELSEWHERE, closure.dispatch());
        assertEquals(LockSet.EMPTY, firstWrite(closure, "x").held());
    }

    @Test
    void lambdaInParallelStream_runsInParallel_withoutLocks() {
        MethodFacts closure = onlyClosure("parallel");
        assertEquals(Dispatch.PARALLEL, closure.dispatch());
        assertEquals(LockSet.EMPTY, firstWrite(closure, "x").held());
    }

    @Test
    void lambdaInSequentialStream_runsHere() {
        assertEquals(Dispatch.HERE, onlyClosure("sequentialStream").dispatch());
    }

    @Test
    void anonymousThreadSubclass_runsElsewhere() {
        TypeFacts anonymous = SNIPPET.type("p.A$1");
        assertEquals(TypeFacts.Kind.ANONYMOUS, anonymous.kind());
        assertEquals(Dispatch.ELSEWHERE, anonymous.dispatch());
        assertEquals(LockSet.EMPTY, firstWrite(Snippet.method(anonymous, "run"), "x").held());
    }

    @Test
    void closure_recordsTheMethodItIsWrittenIn_andTheCallItIsHandedTo() {
        TypeFacts a = SNIPPET.mainType();
        MethodFacts submit = SNIPPET.method("submit");
        MethodFacts closure = onlyClosure("submit");
        assertEquals(a.methods().indexOf(submit), closure.closureOf());
        Event site = submit.events().get(closure.siteEvent());
        assertTrue(site instanceof Event.Call call && call.name().equals("submit"), () -> "site: " + site);
    }

    @Test
    void lambdaSubmittedToExecutorInVarLocal_runsElsewhere() {
        Snippet s = Snippet.of("""
                import java.util.concurrent.*;
                class V {
                    int x;
                    void m() { ExecutorService typed = Executors.newFixedThreadPool(2); typed.submit(() -> x = 1); }
                }
                """);
        assertEquals(Dispatch.ELSEWHERE, s.closuresOf("m").get(0).dispatch());
    }

    @Test
    void lambdaSubmittedToExecutorDeclaredWithVar_runsElsewhere() {
        Snippet s = Snippet.of("""
                import java.util.concurrent.*;
                class V {
                    int x;
                    void m() { var executor = Executors.newFixedThreadPool(2); executor.submit(() -> x = 1); }
                }
                """);
        assertEquals(Dispatch.ELSEWHERE, s.closuresOf("m").get(0).dispatch());
    }

    @Test
    void lambdaStoredInLocal_isNotAttachedToTheNextCall() {
        Snippet s = Snippet.of("""
                class L {
                    int x;
                    void m() { Runnable r = () -> x = 1; helper(); }
                    void helper() { }
                }
                """);
        assertEquals(-1, s.closuresOf("m").get(0).siteEvent());
    }

    @Test
    void lambda_capturesTheLocalsItReads() {
        Snippet s = Snippet.of("""
                class C {
                    void m() {
                        int count = 1;
                        String unused = "u";
                        Runnable r = () -> System.out.println(count);
                    }
                }
                """);
        assertEquals(List.of("count"), s.closuresOf("m").get(0).captures());
    }

    @Test
    void anonymousClass_capturesTheLocalsItReads() {
        Snippet s = Snippet.of("""
                class C {
                    void m() {
                        String name = "n";
                        int unused = 0;
                        Runnable r = new Runnable() { public void run() { System.out.println(name); } };
                    }
                }
                """);
        MethodFacts run = Snippet.method(s.type("C$1"), "run");
        assertEquals(List.of("name"), run.captures());
    }

    @Test
    void lambdaParametersAndOwnLocals_areNotCaptures() {
        Snippet s = Snippet.of("""
                import java.util.*;
                class C {
                    void m(List<String> items) {
                        items.forEach(item -> { int n = item.length(); System.out.println(n); });
                    }
                }
                """);
        assertEquals(List.of(), s.closuresOf("m").get(0).captures());
    }

    @Test
    void asyncSuffix_onAReceiverOfUnknownType_saysNothingOfWhereTheClosureRuns() {
        Snippet s = Snippet.of("""
                class K {
                    int x;
                    Consumer consumer;
                    synchronized void m() { consumer.commitAsync(e -> x++); }
                }
                """);
        assertEquals(Dispatch.UNKNOWN, s.closuresOf("m").get(0).dispatch());
    }

    @Test
    void completionStageStage_onAReceiverOfUnknownType_runsElsewhere_byItsName() {
        Snippet s = Snippet.of("""
                class K {
                    int x;
                    synchronized void m() { start().thenApplyAsync(v -> x++); }
                    java.util.concurrent.CompletableFuture<Integer> start() { return null; }
                }
                """);
        assertEquals(Dispatch.ELSEWHERE, s.closuresOf("m").get(0).dispatch());
    }

    @Test
    void guavaTransform_runsItsFunctionElsewhere() {
        Snippet s = Snippet.of("""
                import com.google.common.util.concurrent.*;
                class G {
                    int x;
                    void m(ListenableFuture<Integer> f, java.util.concurrent.Executor e) {
                        Futures.transform(f, v -> x++, e);
                    }
                }
                """);
        assertEquals(Dispatch.ELSEWHERE, s.closuresOf("m").get(0).dispatch());
    }

    @Test
    void forEachOrdered_onAParallelStream_runsOneElementAtATime_here() {
        Snippet s = Snippet.of("""
                import java.util.*;
                class O {
                    int x;
                    void m(List<String> list) { list.parallelStream().map(v -> v).forEachOrdered(v -> x++); }
                }
                """);
        List<MethodFacts> closures = s.closuresOf("m");
        assertEquals(List.of(Dispatch.PARALLEL, Dispatch.HERE), closures.stream().map(MethodFacts::dispatch).toList());
    }

    @Test
    void sequential_endsTheParallelPartOfAPipeline() {
        Snippet s = Snippet.of("""
                import java.util.*;
                class O {
                    int x;
                    void m(List<String> list) { list.parallelStream().sequential().forEach(v -> x++); }
                }
                """);
        assertEquals(Dispatch.HERE, s.closuresOf("m").get(0).dispatch());
    }

    @Test
    void nameOnlyRow_placesAClosureHandedToAReceiverOfUnknownType() {
        Snippet s = Snippet.of("""
                class N {
                    int x;
                    Registry registry;
                    synchronized void m() { registry.computeIfAbsent("k", k -> x++); }
                }
                """);
        MethodFacts closure = s.closuresOf("m").get(0);
        assertEquals(Dispatch.HERE, closure.dispatch());
        assertEquals(held(thisMonitor()), firstWrite(closure, "x").held());
    }
}
