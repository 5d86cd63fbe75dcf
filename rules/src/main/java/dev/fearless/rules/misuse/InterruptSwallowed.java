package dev.fearless.rules.misuse;

import dev.fearless.facts.CatchClause;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodMatcher;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.summary.CaughtInterrupts;
import dev.fearless.summary.Lifecycle;
import dev.fearless.summary.LogicalThread;
import dev.fearless.summary.OwnedThreads;
import dev.fearless.summary.RaceFields;
import dev.fearless.summary.ThreadModel;
import dev.fearless.summary.ThreadSet;

/**
 * An InterruptedException caught and dropped on a thread that goes on running: its interrupt status is
 * lost, so code further up cannot tell it was asked to stop. Also a broad {@code catch (Exception e)}
 * around a call that throws InterruptedException, with no earlier clause for it. Not reported when the
 * handler re-flags, rethrows or passes the exception on, when the thread or task the code owns ends
 * right after, when the process exits, when the loop of a thread the program owns goes round to its
 * own stop condition, or when the code runs only on threads nothing can interrupt (a thread class no
 * {@code interrupt()} call may reach, a main thread no code keeps, or tasks of a local pool only shut down,
 * their futures dropped), or
 * only on tasks of pools whose every interrupt the program sends after it changed the condition of the
 * loop the handler goes round ({@code state.set(STOPPED); executor.shutdownNow();}).
 * A note in a hook only tests call, and in a start-up or shutdown step ({@link Lifecycle#stepOf}), where
 * the thread is starting or stopping the program's work anyway.
 */
@RuleMeta(family = Family.MISUSE, severity = Severity.WARNING,
        summary = "InterruptedException caught and neither rethrown nor re-flagged with interrupt().",
        peers = {"sonar:S2142", "errorprone:InterruptedExceptionSwallowed"})
public final class InterruptSwallowed implements MethodMatcher {

    @Override
    public void matchMethod(MethodScope scope) {
        Program program = scope.program();
        MethodInfo m = scope.method();
        OwnedThreads roots = scope.summaries().ownedThreads();
        for (CatchClause c : m.facts().catches()) {
            CaughtInterrupts.Catch how = CaughtInterrupts.catchOf(program, m, c);
            ThreadModel threads = scope.summaries().threads();
            if (how == null || CaughtInterrupts.fate(program, roots, threads, m, c) != CaughtInterrupts.Fate.SWALLOWED
                    || threads.neverInterrupted(program, m) || CaughtInterrupts.stopRecordedBeforeInterrupt(program, threads, m, c)) {
                continue; // dealt with, on pool threads nothing in the program can interrupt, or woken to see a stop
            }
            String what = how == CaughtInterrupts.Catch.DIRECT ? "InterruptedException is swallowed: "
                    : "an InterruptedException (caught as " + c.types().get(0).simpleName() + ") is swallowed: ";
            boolean testHook = RaceFields.testHook(program, m);
            // In a start-up or shutdown step the thread is starting or stopping the program's work anyway: the
            // flag is lost to the rest of that step only, often on purpose (a stop that goes on draining).
            MethodInfo step = testHook ? null : Lifecycle.stepOf(program, m);
            var finding = scope.report(c.pos(), what + onWhichThread(roots, scope.summaries().threads(), m) + ", with its interrupt "
                    + "status lost, so code further up cannot see it was asked to stop; call "
                    + "Thread.currentThread().interrupt() or rethrow"
                    + (testHook ? "; `" + m.display() + "` is written for tests and nothing else in the program calls it"
                            : "")
                    + (step != null ? "; this runs only as `" + step.display() + "` starts or stops the program's "
                            + "work, so the flag is lost only to the rest of that step" : ""));
            if (testHook || step != null) {
                finding.note(); // only a test's thread loses its flag, or a thread already starting or stopping
            }
            finding.add();
        }
    }

    /** Why losing the flag matters here: whose thread goes on running after the handler. */
    private static String onWhichThread(OwnedThreads roots, ThreadModel threads, MethodInfo m) {
        OwnedThreads.Kind root = roots.rootKind(m);
        ThreadSet set = threads.threads(m);
        boolean onTasks = !set.isEmpty() && !set.more()
                && set.threads().stream().allMatch(t -> t.kind() == LogicalThread.Kind.TASK);
        if (root == OwnedThreads.Kind.TASK || root == null && onTasks) {
            return "this task goes on running on a thread it does not own (a pool's worker or a timer's)";
        }
        if (root == OwnedThreads.Kind.DEDICATED || roots.onOwnedThread(m)) {
            return "this thread goes on running, and its loop has no other way to stop";
        }
        return "`" + m.display() + "` goes on running on its caller's thread";
    }
}
