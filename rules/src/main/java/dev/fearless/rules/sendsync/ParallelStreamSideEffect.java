package dev.fearless.rules.sendsync;

import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Dispatch;
import dev.fearless.facts.Event;
import dev.fearless.facts.Position;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.summary.Describe;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodMatcher;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.summary.AccessOp;
import dev.fearless.summary.AccessRecord;
import dev.fearless.summary.Holdings;
import dev.fearless.summary.Nature;
import dev.fearless.summary.Summaries;
import dev.fearless.summary.Tasks;
import dev.fearless.summary.VariableUses;
import dev.fearless.summary.VariableUses.Use;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A stage of a parallel stream whose function changes shared state that is not thread-safe: a captured
 * collection, builder or array, a field, or a non-thread-safe object in a field. The stage runs on
 * several ForkJoinPool threads at once, so all of them change it together. Objects created inside the
 * stage, concurrent collections, atomics and changes made under a lock are fine.
 */
@RuleMeta(family = Family.SENDSYNC, severity = Severity.WARNING,
        summary = "A parallel stream stage mutates a non-thread-safe collection, field or array.",
        peers = {})
public final class ParallelStreamSideEffect implements MethodMatcher {

    @Override
    public void matchMethod(MethodScope scope) {
        RuleContext context = scope.context();
        Program program = scope.program();
        Summaries summaries = scope.summaries();
        MethodInfo stage = scope.method();
        if (!stage.facts().isClosure() || stage.facts().dispatch() != Dispatch.PARALLEL) {
            return;
        }
        List<MethodInfo> body = new ArrayList<>();
        body.add(stage);
        addRunHere(program, stage, body);
        Position parallel = parallelSource(program.knowledge(), stage);
        Set<Integer> reported = new HashSet<>();
        for (var captured : Tasks.outerCaptures(body).entrySet()) {
            String name = captured.getKey();
            MethodInfo owner = captured.getValue();
            if (Holdings.of(program, summaries, owner, name) != Nature.UNSAFE) {
                continue;
            }
            List<Use> writes = new ArrayList<>();
            for (MethodInfo m : body) {
                for (Use u : VariableUses.of(program, m, name)) {
                    if (VariableUses.sharedWrite(u) && summaries.heldAt(m, u.held()).isEmpty()) {
                        writes.add(u);
                    }
                }
            }
            if (writes.isEmpty()) {
                continue;
            }
            writes.sort(Comparator.comparing(Use::pos));
            Use first = writes.get(0);
            if (reported.add(first.pos().line())) {
                report(context, stage, first.method(), first.pos(), "`" + Describe.variable(name)
                        + "`, which is not thread-safe, is changed here", parallel, null);
            }
        }
        for (AccessRecord r : summaries.accesses(stage)) {
            String what = sharedWrite(program, summaries, stage, r);
            if (what != null && reported.add(r.site().line())) {
                report(context, stage, stage, r.site(), what + (r.direct(stage) ? "" : " (in `"
                        + r.originMethod().display() + "`, called from here)"), parallel, r);
            }
        }
    }

    /** A description of a shared write by the stage (a field, or the contents of an unsafe object in a field), or null. */
    private static String sharedWrite(Program program, Summaries summaries, MethodInfo stage, AccessRecord r) {
        AccessPath p = r.path();
        if (!r.op().isWrite() || !r.held().isEmpty() || p.root() == AccessPath.Root.LOCAL
                || p.root() == AccessPath.Root.PARAM) {
            return null;
        }
        FieldInfo f = program.field(r.originMethod(), p);
        if (f == null) {
            f = program.field(stage, p);
        }
        if (f == null) {
            return null;
        }
        if (r.op().writesField()) {
            String type = program.resolveType(f.facts().type(), f.owner());
            if (f.facts().isFinal() || r.op() == AccessOp.WRITE && f.facts().isVolatile()
                    || type != null && program.is(type, TypeTrait.ATOMIC)) {
                return null;
            }
            return "field `" + p.display() + "` is " + (r.op() == AccessOp.UPDATE ? "updated here" : "written here");
        }
        if (summaries.syncTypes().nature(f) != Nature.UNSAFE) {
            return null;
        }
        return (r.op() == AccessOp.ELEMENT_WRITE ? "an element of `" + p.display() + "`"
                : "`" + p.display() + "`, which is not thread-safe,") + " is changed here";
    }

    private static void report(RuleContext context, MethodInfo stage, MethodInfo where, Position pos, String what,
                               Position parallel, AccessRecord r) {
        MethodInfo parent = stage.closureParent();
        String source = parallel == null ? "a parallel stream" : "the parallel stream at line " + parallel.line();
        RuleContext.FindingBuilder finding = context.report(where, pos, what + " by a stage of " + source
                + ", which runs on several threads at once: updates race and are lost; collect or reduce instead, or use "
                + "a concurrent collection or an atomic");
        if (parallel != null && parent != null) {
            finding.related(parent, parallel, "the stream is made parallel here");
        }
        if (r != null && !r.direct(stage)) {
            finding.related(r.originMethod(), r.origin(), "the write happens here");
        }
        finding.add();
    }

    /** Where the stream feeding the stage is made parallel ({@code parallelStream()} or {@code parallel()}), or null. */
    private static Position parallelSource(KnowledgeBase knowledge, MethodInfo stage) {
        MethodInfo parent = stage.closureParent();
        int site = stage.facts().siteEvent();
        if (parent == null || site < 0) {
            return null;
        }
        List<Event> events = parent.facts().events();
        Event e = events.get(site);
        for (int guard = 0; guard < 32 && e instanceof Event.Call call; guard++) {
            if (turnsParallel(knowledge, call.name())) {
                return call.pos();
            }
            if (!(call.receiver() instanceof Value.CallResult cr) || cr.eventIndex() < 0 || cr.eventIndex() >= events.size()) {
                break;
            }
            e = events.get(cr.eventIndex());
        }
        return null;
    }

    /** Whether a call of this name makes a stream parallel, or a parallel stream of a collection. */
    private static boolean turnsParallel(KnowledgeBase knowledge, String name) {
        return knowledge.methodNamesWith(MethodTrait.PARALLEL).contains(name)
                && (knowledge.methodNamesWith(MethodTrait.STREAM_SOURCE).contains(name)
                    || knowledge.methodNamesWith(MethodTrait.STREAM_OP).contains(name));
    }

    private static void addRunHere(Program program, MethodInfo m, List<MethodInfo> into) {
        for (MethodInfo inner : program.nestedIn(m)) {
            if (inner.facts().isClosure() && inner.facts().dispatch() == Dispatch.HERE && !into.contains(inner)) {
                into.add(inner);
                addRunHere(program, inner, into);
            }
        }
    }
}
