package dev.fearless.rules.misuse;

import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import dev.fearless.rule.EventKind;
import dev.fearless.rule.EventMatcher;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A Future dropped on the floor: if the task fails, nobody will ever see its exception. Futures come
 * from executors, CompletableFuture factories and stages, and methods of the program declared to
 * return one; a chain ending in a stage that handles failure is fine.
 */
@RuleMeta(family = Family.MISUSE, severity = Severity.WARNING,
        summary = "The Future of submit/supplyAsync/... is dropped, so the task's exception is lost.",
        peers = {"errorprone:FutureReturnValueIgnored"})
public final class IgnoredFuture implements EventMatcher {

    private static final List<String> FUTURES = List.of("java.util.concurrent.Future",
            "java.util.concurrent.CompletionStage");

    /**
     * Whether the method returns the future of work it started: the result of a library call that
     * returns a task's future (submit, supplyAsync...), directly or through another such method. A
     * fluent method returning {@code this} or a field does not.
     */
    private static boolean returnsTaskFuture(Program program, MethodInfo m, int depth) {
        List<dev.fearless.facts.Event> events = m.facts().events();
        for (dev.fearless.facts.Event e : events) {
            if (!(e instanceof dev.fearless.facts.Event.Return r) || !(r.value() instanceof dev.fearless.facts.Value.CallResult cr)
                    || !(events.get(cr.eventIndex()) instanceof Event.Call call)) {
                continue;
            }
            List<MethodInfo> inner = program.callGraph().targets(m, cr.eventIndex());
            if (inner.isEmpty() ? program.traits(m, call).contains(MethodTrait.RETURNS_FUTURE)
                    : depth > 0 && inner.stream().anyMatch(t -> returnsTaskFuture(program, t, depth - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Hooks through which an executor sees every task's outcome. */
    private static final Set<String> EXECUTOR_HOOKS = Set.of("afterExecute", "decorateTask", "newTaskFor");

    /**
     * Whether the receiver is an executor of the program's own whose code (the type or a subtype in the
     * scan) overrides the called method or a hook that sees each task's outcome: it may well report
     * failures itself, and unknown stays silent.
     */
    private static boolean ownExecutorObserves(Program program, String type, String method) {
        TypeInfo t = program.type(type);
        if (t == null) {
            return false;
        }
        Deque<TypeInfo> work = new ArrayDeque<>(List.of(t));
        Set<TypeInfo> seen = new HashSet<>();
        while (!work.isEmpty()) {
            TypeInfo x = work.poll();
            if (!seen.add(x)) {
                continue;
            }
            for (MethodInfo mi : x.methods()) {
                String name = mi.facts().name();
                if (!mi.facts().isAbstract() && (name.equals(method) || EXECUTOR_HOOKS.contains(name))) {
                    return true;
                }
            }
            work.addAll(x.subtypes());
        }
        return false;
    }

    /** Whether the task handed over is a closure that catches every exception itself. */
    private static boolean catchesEverything(MethodInfo m, Value task) {
        if (!(task instanceof Value.Closure c) || c.closure() < 0 || c.closure() >= m.owner().methods().size()) {
            return false;
        }
        MethodInfo closure = m.owner().method(c.closure());
        return closure.facts().catches().stream().anyMatch(cc -> cc.catches("Throwable") || cc.catches("Exception"));
    }

    @Override
    public Set<EventKind> eventKinds() {
        return Set.of(EventKind.CALL);
    }

    @Override
    public void matchEvent(MethodScope scope, int index, Event event) {
        RuleContext context = scope.context();
        Program program = scope.program();
        if (!(event instanceof Event.Call call) || !call.resultIgnored()) {
            return;
        }
        MethodInfo m = scope.method();
        List<MethodInfo> targets = program.callGraph().targets(m, index);
        boolean future;
        if (!targets.isEmpty()) {
            MethodInfo target = targets.get(0);
            String returned = program.resolveType(target.facts().returnType(), target.owner());
            future = returned != null && FUTURES.stream().anyMatch(f -> program.isSubtype(returned, f))
                    && targets.stream().anyMatch(t -> returnsTaskFuture(program, t, 2));
        } else {
            Set<MethodTrait> traits = program.traits(m, call);
            future = traits.contains(MethodTrait.RETURNS_FUTURE) && !traits.contains(MethodTrait.HANDLES_FAILURE)
                    && !ownExecutorObserves(program, program.staticType(m, call.receiver()).name(), call.name())
                    && !call.args().stream().anyMatch(a -> catchesEverything(m, a));
        }
        if (future) {
            context.report(m, call.pos(), "the Future returned by `" + call.name() + "` is dropped: if the task "
                    + "throws, its exception is silently lost; keep the Future and check it, handle failure in the "
                    + "chain (exceptionally, handle, whenComplete), or use execute()").add();
        }
    }
}
