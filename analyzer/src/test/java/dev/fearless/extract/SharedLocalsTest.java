package dev.fearless.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Dispatch;
import dev.fearless.facts.Event;
import dev.fearless.facts.MethodFacts;
import dev.fearless.facts.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What closures do to the locals they capture: element writes of a captured array are recorded (the
 * array is shared with the enclosing code), a method reference's receiver is the variable it names, and
 * a stream built by a static factory can still be made parallel.
 */
class SharedLocalsTest {

    private static final Snippet SNIPPET = Snippet.of("""
            package p;
            import java.util.*;
            import java.util.concurrent.*;
            import java.util.stream.*;
            class A {
                private final List<String> names = new ArrayList<>();

                void capturedArray(ExecutorService pool) {
                    long[] total = new long[1];
                    pool.submit(() -> total[0] += 1);
                }
                void ownArray() {
                    int[] mine = new int[2];
                    mine[0] = 1;
                }
                void localReference(List<String> in) {
                    List<String> out = new ArrayList<>();
                    in.forEach(out::add);
                }
                void fieldReference(List<String> in) {
                    in.forEach(names::add);
                }
                void staticFactoryParallel(int[] hist) {
                    IntStream.range(0, 10).parallel().forEach(i -> hist[i]++);
                }
            }
            """);

    private static List<Event.FieldAccess> elementWrites(MethodFacts m) {
        return m.events().stream().filter(e -> e instanceof Event.FieldAccess fa
                && fa.kind() == Event.AccessKind.ELEMENT_WRITE).map(e -> (Event.FieldAccess) e).toList();
    }

    private static Event.Call onlyCall(MethodFacts closure) {
        List<Event.Call> calls = closure.events().stream().filter(e -> e instanceof Event.Call)
                .map(e -> (Event.Call) e).toList();
        assertEquals(1, calls.size(), () -> "calls of " + closure.name() + ": " + calls);
        return calls.get(0);
    }

    @Test
    void elementWriteOfCapturedArray_isRecordedOnTheLocal() {
        MethodFacts task = SNIPPET.closuresOf("capturedArray").get(0);
        List<Event.FieldAccess> writes = elementWrites(task);
        assertEquals(1, writes.size());
        assertEquals(AccessPath.root(AccessPath.Root.LOCAL, "total"), writes.get(0).path());
    }

    @Test
    void elementWriteOfOwnLocalArray_isNotRecorded() {
        assertTrue(elementWrites(SNIPPET.method("ownArray")).isEmpty());
    }

    @Test
    void methodReferenceOnLocal_hasTheLocalAsReceiver() {
        Event.Call add = onlyCall(SNIPPET.closuresOf("localReference").get(0));
        assertEquals(new Value.PathValue(AccessPath.root(AccessPath.Root.LOCAL, "out")), add.receiver());
    }

    @Test
    void methodReferenceOnField_hasTheFieldAsReceiver() {
        Event.Call add = onlyCall(SNIPPET.closuresOf("fieldReference").get(0));
        assertEquals(new Value.PathValue(AccessPath.THIS_PATH.plus("names")), add.receiver());
    }

    @Test
    void streamFromStaticFactory_madeParallel_runsItsStagesInParallel() {
        assertEquals(Dispatch.PARALLEL, SNIPPET.closuresOf("staticFactoryParallel").get(0).dispatch());
    }
}
