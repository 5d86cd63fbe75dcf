package dev.fearless.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.program.MethodInfo;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TasksTest {

    private final Analyzed a = Analyzed.of("""
            import java.util.*;
            import java.util.concurrent.*;
            class Jobs {
                void submit(ExecutorService ex) {
                    List<String> out = new ArrayList<>();
                    ex.execute(() -> out.add("done"));
                }
                void thread() {
                    int[] box = new int[1];
                    new Thread(() -> box[0]++).start();
                }
                void here(List<String> items) {
                    items.forEach(s -> s.length());
                }
            }
            """);

    @Test
    void lambdaHandedToExecutor_isTask_capturingItsLocal() {
        MethodInfo submit = a.method("Jobs", "submit");
        List<Tasks.Task> tasks = a.summaries().tasks().in(submit);
        assertEquals(1, tasks.size());
        Tasks.Task task = tasks.get(0);
        assertEquals("ex.execute(...)", task.handoff());
        Map<String, MethodInfo> captures = Tasks.outerCaptures(task.body());
        assertEquals(List.of("out"), List.copyOf(captures.keySet()));
        assertSame(submit, captures.get("out"));
    }

    @Test
    void startedThread_isTask_fromItsStart() {
        List<Tasks.Task> tasks = a.summaries().tasks().in(a.method("Jobs", "thread"));
        assertEquals(1, tasks.size());
        assertEquals("new Thread(...).start()", tasks.get(0).handoff());
        assertTrue(tasks.get(0).captures().contains("box"));
    }

    @Test
    void closureRunHere_isNoTask_andTasksAreComputedOnce() {
        assertEquals(List.of(), a.summaries().tasks().in(a.method("Jobs", "here")));
        assertSame(a.summaries().tasks(), a.summaries().tasks());
    }
}
