package dev.fearless.rules.sendsync;

import dev.fearless.facts.Event;
import dev.fearless.facts.Loop;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.summary.Describe;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodMatcher;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.summary.Holdings;
import dev.fearless.summary.Mutations;
import dev.fearless.summary.Nature;
import dev.fearless.summary.Summaries;
import dev.fearless.summary.Tasks;
import dev.fearless.summary.Tasks.Task;
import dev.fearless.summary.VariableUses;
import java.util.ArrayList;
import java.util.List;

/**
 * A sender that changes an object after handing it to another thread: after a hand-off call
 * ({@code BlockingQueue.put/offer}, {@code Exchanger.exchange}, {@code CompletableFuture.complete},
 * {@code SubmissionPublisher.submit}) or after a task capturing it was handed to an executor or thread,
 * the same variable still names the object and is changed (a mutating call, a field or element write).
 * The hand-off moved ownership; the change races with the receiver. A reassignment of the variable, a
 * join, or leaving the method ends the search.
 */
@RuleMeta(family = Family.SENDSYNC, severity = Severity.WARNING,
        summary = "An object mutated by the sender after it was handed to another thread.",
        peers = {})
public final class UseAfterSend implements MethodMatcher {

    /** A hand-off of the object in variable {@code name} at event {@code index} of {@code method}. */
    private record Send(MethodInfo method, int index, String name, String how) {
    }

    @Override
    public void matchMethod(MethodScope scope) {
        RuleContext context = scope.context();
        Program program = scope.program();
        Summaries summaries = scope.summaries();
        MethodInfo m = scope.method();
        List<Send> sends = new ArrayList<>();
        List<Event> events = m.facts().events();
        for (int i = 0; i < events.size(); i++) {
            if (!(events.get(i) instanceof Event.Call call) || !program.traits(m, call).contains(MethodTrait.HANDOFF)) {
                continue;
            }
            for (Value a : call.args()) {
                var p = a.pathOrNull();
                if (p != null && !p.isField() && (p.root() == dev.fearless.facts.AccessPath.Root.LOCAL
                        || p.root() == dev.fearless.facts.AccessPath.Root.PARAM)) {
                    sends.add(new Send(m, i, p.rootName(), "`" + Describe.value(m, call.receiver()) + "."
                            + call.name() + "(" + Describe.variable(p.rootName()) + ")`"));
                }
            }
        }
        for (Task task : summaries.tasks().in(m)) {
            for (String name : Tasks.outerCaptures(task.body()).keySet()) {
                if (usedByTask(program, task, name)) {
                    sends.add(new Send(task.parent(), task.spawn(), name, "the task handed to `" + task.handoff()
                            + "`, which captures it,"));
                }
            }
        }
        for (Send send : sends) {
            MethodInfo owner = Holdings.declaring(send.method(), send.name());
            if (owner == null) {
                continue;
            }
            if (Holdings.of(program, summaries, owner, send.name()) != Nature.UNSAFE) {
                continue;
            }
            int mutation = mutationAfter(program, send);
            if (mutation >= 0) {
                report(context, send, mutation);
            }
        }
    }

    /** Whether the task reaches into the captured object's state (not only its identity, as a key or element). */
    private static boolean usedByTask(Program program, Task task, String name) {
        for (MethodInfo m : task.body()) {
            for (VariableUses.Use u : VariableUses.of(program, m, name)) {
                if (VariableUses.touchesState(program, u, name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first event after the send that changes the sent object through the same variable, or -1. */
    private static int mutationAfter(Program program, Send send) {
        MethodInfo m = send.method();
        List<Event> events = m.facts().events();
        // The rest of the loop body, then (next iteration) the loop body before the send, then what follows the loop.
        int loop = VariableUses.loopOf(m, send.index());
        Loop l = loop < 0 ? null : m.facts().loops().get(loop);
        List<Integer> order = new ArrayList<>();
        List<Integer> afterLoop = new ArrayList<>();
        for (int i = send.index() + 1; i < events.size(); i++) {
            (l == null || l.pos().contains(events.get(i).pos()) ? order : afterLoop).add(i);
        }
        if (l != null) {
            for (int i = 0; i < send.index(); i++) {
                if (l.pos().contains(events.get(i).pos())) {
                    order.add(i);
                }
            }
        }
        order.addAll(afterLoop);
        Event sent = events.get(send.index());
        for (int i : order) {
            Event e = events.get(i);
            boolean after = i > send.index();
            if (after && VariableUses.exclusive(m, sent, e)) {
                continue;
            }
            if (VariableUses.reassigns(e, send.name()) || VariableUses.isJoin(program, m, e)
                    || after && VariableUses.exitsAfter(m, send.index(), e)) {
                return -1;
            }
            if (VariableUses.mentions(e, send.name()) && Mutations.mutatesVariable(program, m, i, send.name())) {
                return i;
            }
        }
        return -1;
    }

    private static void report(RuleContext context, Send send, int mutation) {
        MethodInfo m = send.method();
        Event sent = m.facts().eventAt(send.index());
        Event changed = m.facts().eventAt(mutation);
        String var = Describe.variable(send.name());
        context.report(m, changed.pos(), "`" + var + "` is sent to another thread by " + send.how() + " at line "
                + sent.pos().line() + " and changed here at line " + changed.pos().line() + ": the receiver may be using it "
                + "right now; send a copy, or start a new object after the send")
                .related(m, sent.pos(), "`" + var + "` is handed off here; the receiver owns it from now on")
                .add();
    }
}
