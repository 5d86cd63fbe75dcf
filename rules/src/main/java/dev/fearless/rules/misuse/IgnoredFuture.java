package dev.fearless.rules.misuse;

import dev.fearless.facts.Event;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.rule.Family;
import dev.fearless.rule.Rule;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.rules.EventSite;
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
public final class IgnoredFuture implements Rule {

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

    @Override
    public void check(RuleContext context) {
        Program program = context.program();
        EventSite.forEach(program, site -> {
            if (!(site.event() instanceof Event.Call call) || !call.resultIgnored()) {
                return;
            }
            MethodInfo m = site.method();
            List<MethodInfo> targets = program.callGraph().targets(m, site.index());
            boolean future;
            if (!targets.isEmpty()) {
                MethodInfo target = targets.get(0);
                String returned = program.resolveType(target.facts().returnType(), target.owner());
                future = returned != null && FUTURES.stream().anyMatch(f -> program.isSubtype(returned, f))
                        && targets.stream().anyMatch(t -> returnsTaskFuture(program, t, 2));
            } else {
                Set<MethodTrait> traits = program.traits(m, call);
                future = traits.contains(MethodTrait.RETURNS_FUTURE) && !traits.contains(MethodTrait.HANDLES_FAILURE);
            }
            if (future) {
                context.report(m, call.pos(), "the Future returned by `" + call.name() + "` is dropped: if the task "
                        + "throws, its exception is silently lost; keep the Future and check it, handle failure in the "
                        + "chain (exceptionally, handle, whenComplete), or use execute()").add();
            }
        });
    }
}
