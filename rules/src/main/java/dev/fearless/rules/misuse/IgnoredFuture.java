package dev.fearless.rules.misuse;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.rule.EventKind;
import dev.fearless.rule.EventMatcher;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.summary.Describe;
import dev.fearless.summary.TaskFailures;
import dev.fearless.summary.OwnedThreads;
import java.util.List;
import java.util.Set;

/**
 * A Future dropped on the floor: if the task fails, nobody will ever see its exception. Futures come
 * from executors, CompletableFuture factories and stages, and methods of the program declared to
 * return one; a chain ending in a stage that handles failure is fine, and so is a task that records or
 * handles its own failures (a FutureTask, a body that catches everything) or an executor of the
 * program that wraps its tasks in failure handling. A task the method was handed by its caller, whose
 * code the program does not show, is a note: whether it throws is the caller's to say.
 */
@RuleMeta(family = Family.MISUSE, severity = Severity.WARNING,
        summary = "The Future of submit/supplyAsync/... is dropped while the task can be seen to fail, so its exception is lost.",
        peers = {"errorprone:FutureReturnValueIgnored"})
public final class IgnoredFuture implements EventMatcher {

    /**
     * Whether the method returns the future of work it started: the result of a library call that
     * returns a task's future (submit, supplyAsync...), directly or through another such method. A
     * fluent method returning {@code this} or a field does not.
     */
    private static boolean returnsTaskFuture(Program program, MethodInfo m, int depth) {
        List<Event> events = m.facts().events();
        for (Event e : events) {
            if (!(e instanceof Event.Return r) || !(r.value() instanceof Value.CallResult cr)
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

    /**
     * Whether every method with code the call may run returns the future of a task it started: whichever
     * implementation runs, the task's failure ends in the dropped future (an implementation returning
     * a future of its own making may report it elsewhere).
     */
    private static boolean allReturnTaskFutures(Program program, List<MethodInfo> targets) {
        boolean any = false;
        for (MethodInfo t : targets) {
            if (t.facts().isAbstract() || t.owner().isInterface() && t.facts().events().isEmpty()) {
                continue;
            }
            if (!returnsTaskFuture(program, t, 2)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    @Override
    public Set<EventKind> eventKinds() {
        return Set.of(EventKind.CALL);
    }

    @Override
    public void matchEvent(MethodScope scope, int index, Event event) {
        Program program = scope.program();
        if (!(event instanceof Event.Call call) || !call.resultIgnored()) {
            return;
        }
        MethodInfo m = scope.method();
        List<MethodInfo> targets = TaskFailures.runOn(program, scope.summaries(), m, index);
        boolean future;
        if (!targets.isEmpty()) {
            MethodInfo target = targets.get(0);
            String returned = program.resolveType(target.facts().returnType(), target.owner());
            future = returned != null && program.is(returned, TypeTrait.FUTURE) && allReturnTaskFutures(program, targets);
        } else {
            Set<MethodTrait> traits = program.traits(m, call);
            future = traits.contains(MethodTrait.RETURNS_FUTURE) && !traits.contains(MethodTrait.HANDLES_FAILURE);
        }
        if (!future) {
            return;
        }
        if (awaitedThroughArgument(program, m, index, call)) {
            return; // doFlush(callback); callback.get(...): the outcome comes back through the future handed in
        }
        int task = taskArgument(program, m, call, index);
        if (task >= 0 && (TaskFailures.taskHandles(program, m, index, call.args().get(task))
                || TaskFailures.executorReports(program, scope.summaries(), m, index, task))) {
            return;
        }
        if (task < 0 && TaskFailures.executorReports(program, scope.summaries(), m, index, 0)) {
            return;
        }
        // Only a task that can be seen to fail loses something a reader must handle.
        TaskFailures.Failure fails = task >= 0
                ? TaskFailures.failure(program, scope.summaries().effects().paths(), m, index, call.args().get(task))
                : targets.isEmpty() ? null : TaskFailures.failureIn(program, targets);
        if (fails == null) {
            fails = earlierStageFails(program, m, call);
        }
        if (fails == null && (task >= 0 || !targets.isEmpty())) {
            return;
        }
        TaskFailures.Unseen unseen = TaskFailures.unseenExecutor(program, scope.summaries(), m, index);
        RuleContext.FindingBuilder finding = scope.report(call.pos(), "the Future returned by `" + call.name() + "` is dropped: if the task "
                + "throws, its exception is silently lost" + (fails == null || fails.unseen() ? "" : " (" + fails.what() + " at "
                + Describe.fileAndLine(new dev.fearless.facts.Location(fails.method().path(), fails.pos(), "")) + ")") + "; keep the Future and check it, handle failure in the "
                + "chain (exceptionally, handle, whenComplete), or use execute()" + executor(program, m, call, unseen));
        if (fails != null && !fails.unseen()) {
            finding.related(fails.method(), fails.pos(), fails.what() + " here, and nothing sees it");
        }
        if (unseen != TaskFailures.Unseen.NO) {
            finding.note(); // the loss rests on an executor the program does not show
        } else if (fails != null && fails.unseen() && task >= 0 && handedIn(m, call.args().get(task))) {
            finding.note(); // onComplete(action) -> thenAccept(action): whether it throws is up to the callers' code
        }
        finding.add();
    }

    /**
     * Where a task of an earlier stage of the chain the dropped future ends visibly fails
     * ({@code runAsync(() -> write(e)).thenRun(...)}): its failure completes every later stage too.
     */
    private static TaskFailures.Failure earlierStageFails(Program program, MethodInfo m, Event.Call call) {
        Value receiver = call.receiver();
        for (int steps = 0; steps < 8 && receiver instanceof Value.CallResult cr; steps++) {
            if (!(m.facts().eventAt(cr.eventIndex()) instanceof Event.Call earlier)) {
                return null;
            }
            Set<MethodTrait> traits = program.traits(m, earlier);
            if (!traits.contains(MethodTrait.STAGE) && !traits.contains(MethodTrait.RETURNS_FUTURE)) {
                return null;
            }
            int task = taskArgument(program, m, earlier, cr.eventIndex());
            TaskFailures.Failure fails = task < 0 ? null
                    : TaskFailures.failure(program, m, cr.eventIndex(), earlier.args().get(task));
            if (fails != null) {
                return fails;
            }
            receiver = earlier.receiver();
        }
        return null;
    }

    /**
     * Whether the caller hands the call a future-like callback of its own and then waits on it
     * ({@code FutureCallback<Void> cb = new FutureCallback<>(); writer.doFlush(cb); cb.get(timeout, unit);}):
     * the work's outcome, failure included, comes back through that object, not through the dropped future.
     */
    private static boolean awaitedThroughArgument(Program program, MethodInfo m, int index, Event.Call call) {
        List<Event> events = m.facts().events();
        for (Value a : call.args()) {
            AccessPath p = a.pathOrNull();
            if (p == null || p.isField() || p.root() != AccessPath.Root.LOCAL) {
                continue;
            }
            for (int j = index + 1; j < events.size(); j++) {
                if (events.get(j) instanceof Event.Call wait && p.equals(wait.receiver().pathOrNull())
                        && program.traits(m, wait).contains(MethodTrait.JOIN)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the task is the method's own parameter, handed on as it is ({@code void onComplete(Consumer
     * action) { thenAccept(action); }}): the method registers its caller's code, and whether that code
     * throws, and who should see it, is the caller's to say.
     */
    private static boolean handedIn(MethodInfo m, Value task) {
        AccessPath p = task.pathOrNull();
        return p != null && p.root() == AccessPath.Root.PARAM && !p.isField() && m.facts().paramIndex(p.rootName()) >= 0;
    }

    /** Which executor gets the task, for the reader who must decide whether it reports failures itself. */
    private static String executor(Program program, MethodInfo m, Event.Call call, TaskFailures.Unseen unseen) {
        String type = program.staticType(m, call.receiver()).name();
        if (call.receiver() instanceof Value.TypeName || type == null || !program.is(type, TypeTrait.EXECUTOR)) {
            return "";
        }
        String goes = " (the task goes to `" + Describe.value(m, call.receiver()) + "`, declared as `" + Describe.simple(type) + "`, ";
        return goes + switch (unseen) {
            case PROGRAM_REPORTS -> "which the program only hands executors that report their failures; one from "
                    + "outside the program may not)";
            case UNFOLLOWED -> "whose executors the analysis cannot follow: whether they report failures is not known)";
            case NO -> "which is not known to report its tasks' failures)";
        };
    }

    /** The position of the argument that is the task: code handed over (a lambda, a Runnable or Callable object). */
    private static int taskArgument(Program program, MethodInfo m, Event.Call call, int index) {
        for (int a = 0; a < call.args().size(); a++) {
            Value v = call.args().get(a);
            String type = program.staticType(m, v).name();
            if (!OwnedThreads.bodies(program, m, v, index).isEmpty() || type != null
                    && (program.is(type, TypeTrait.RUNNABLE) || program.is(type, TypeTrait.FUNCTIONAL))) {
                return a;
            }
        }
        return -1;
    }
}
