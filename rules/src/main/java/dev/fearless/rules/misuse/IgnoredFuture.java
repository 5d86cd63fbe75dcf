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
                future = returned != null && FUTURES.stream().anyMatch(f -> program.isSubtype(returned, f));
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
