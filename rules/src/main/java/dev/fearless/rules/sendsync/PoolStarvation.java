package dev.fearless.rules.sendsync;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.CallSite;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.rule.MethodScope;
import dev.fearless.summary.Describe;
import dev.fearless.summary.Initializers;
import java.util.ArrayList;
import java.util.List;

/**
 * A wait, in a task handed to a fixed pool, for a task handed to that same pool ({@code pool.submit(() ->
 * assemble())} where {@code assemble} submits its parts to {@code pool} and waits for them): when as many
 * outer tasks run at once as the pool has threads, every thread waits for a part that can never start
 * (thread-starvation deadlock). Outer tasks can pile up so when the method handing them over is the
 * class's API, which any number of callers may call, hands them over in a loop, or is the task's own code
 * (a task that splits its work into tasks of its kind, each waiting for its halves). The pool may be the
 * receiver of the hand-over or its executor argument ({@code supplyAsync(task, pool)},
 * {@code thenApplyAsync(fn, pool)}), and the awaited future may be returned by a method of the program that
 * makes the inner hand-over.
 */
final class PoolStarvation {

    private PoolStarvation() {
    }

    /**
     * Reports {@code wait} (in the scope's method) when it waits for the task {@code submit} hands to a fixed
     * pool, in {@code submitter} (the scope's method, or a method of the program whose returned future it is).
     */
    static void report(MethodScope scope, Event.Call wait, Event.Call submit, MethodInfo submitter) {
        Program program = scope.program();
        MethodInfo m = scope.method();
        Value inner = executorOf(program, submitter, submit);
        FieldInfo pool = fixedPool(program, submitter, inner);
        if (pool == null) {
            return;
        }
        Event.Call outer = outerHandOff(program, m, pool);
        if (outer == null) {
            return;
        }
        String executor = Describe.value(submitter, inner);
        scope.report(wait.pos(), "`" + Describe.value(m, wait.receiver()) + "." + wait.name() + "()` waits, in a task "
                        + "handed to the fixed pool `" + executor + "`, for a task handed to that same pool: when as many "
                        + "of these tasks run at once as the pool has threads, every thread waits for a task that can "
                        + "never start (thread-starvation deadlock); return or compose the future instead of waiting, or "
                        + "hand the inner tasks to another executor")
                .related(submitter, submit.pos(), "the awaited task is handed to `" + executor + "` here")
                .add();
    }

    /**
     * The executor a hand-over gives its task to: the argument that is one when the receiver is not
     * ({@code supplyAsync(task, pool)}, {@code thenApplyAsync(fn, pool)}), else the receiver ({@code pool.submit(task)}).
     */
    private static Value executorOf(Program program, MethodInfo m, Event.Call handOff) {
        if (!isExecutor(program, m, handOff.receiver())) {
            for (Value arg : handOff.args()) {
                if (isExecutor(program, m, arg)) {
                    return arg;
                }
            }
        }
        return handOff.receiver();
    }

    private static boolean isExecutor(Program program, MethodInfo m, Value v) {
        String type = program.staticType(m, v).name();
        return type != null && program.is(type, TypeTrait.EXECUTOR);
    }

    /** The field the executor is, when it only ever holds a pool of a fixed number of threads; else {@code null}. */
    private static FieldInfo fixedPool(Program program, MethodInfo m, Value executor) {
        AccessPath p = executor.pathOrNull();
        FieldInfo f = p != null && p.isField() ? program.field(m, p) : null;
        return f != null && f.facts().isFinal() && Initializers.onlyMadeBy(program, f, MethodTrait.FIXED_POOL) ? f : null;
    }

    /**
     * The hand-over to {@code pool} of the task whose code {@code m} is (the task's body, or a method
     * only task bodies call), when the method making it can hand it over again while it runs: a method of
     * the class's API, or a hand-over in a loop. {@code null} otherwise.
     */
    private static Event.Call outerHandOff(Program program, MethodInfo m, FieldInfo pool) {
        List<MethodInfo> bodies = new ArrayList<>();
        if (m.facts().isClosure()) {
            bodies.add(m);
        } else {
            for (CallSite c : program.callGraph().callersOf(m)) {
                if (!c.caller().facts().isClosure()) {
                    return null;
                }
                bodies.add(c.caller());
            }
        }
        Event.Call found = null;
        for (MethodInfo body : bodies) {
            MethodInfo parent = body.closureParent();
            int site = body.facts().siteEvent();
            if (parent == null || site < 0 || !(parent.facts().eventAt(site) instanceof Event.Call handOff)
                    || !program.traits(parent, handOff).contains(MethodTrait.RUNS_ELSEWHERE)
                    && !program.traits(parent, handOff).contains(MethodTrait.RETURNS_FUTURE)
                    || fixedPool(program, parent, executorOf(program, parent, handOff)) != pool) {
                return null;
            }
            // handed over again while it runs: in a loop, by the class's API, or by the task's own code
            // (a task that splits its work into more tasks of its kind and waits for them)
            boolean again = handOff.loop() >= 0 || !parent.facts().isPrivate() && !parent.facts().isStatic()
                    && !parent.facts().isInitialization() || parent == m.declaringMethod();
            if (!again) {
                return null;
            }
            found = handOff;
        }
        return found;
    }
}
