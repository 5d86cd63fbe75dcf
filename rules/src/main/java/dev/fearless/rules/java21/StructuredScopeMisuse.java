package dev.fearless.rules.java21;

import dev.fearless.summary.Describe;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodMatcher;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.summary.Scopes;
import dev.fearless.summary.Scopes.Kind;
import dev.fearless.summary.Scopes.Scope;
import dev.fearless.summary.Scopes.Use;
import java.util.HashSet;
import java.util.Set;

/**
 * A StructuredTaskScope (JDK 21+ preview) used out of its order, fork, join, then read: a subtask's result
 * (or {@code throwIfFailed()}/{@code result()}) read before the scope is joined after the subtask's fork,
 * which throws IllegalStateException; a fork after {@code close()}, or, for JDK 25's
 * {@code StructuredTaskScope.open}, after {@code join()} (that scope joins once); and a scope that is
 * never closed. Only scopes the method opens into a local and keeps to itself are checked.
 */
@RuleMeta(family = Family.JAVA21, severity = Severity.WARNING,
        summary = "StructuredTaskScope misuse: a subtask read before join(), a fork after join()/close(), a scope never closed.")
public final class StructuredScopeMisuse implements MethodMatcher {

    @Override
    public void matchMethod(MethodScope scope) {
        for (Scope s : Scopes.in(scope.program(), scope.method())) {
            if (s.escapes()) {
                continue; // handed to other code: what it does with the scope is unknown
            }
            String name = "`" + Describe.variable(s.local()) + "`";
            for (Use use : s.uses()) {
                if (use.kind() == Kind.RESULT) {
                    checkRead(scope, s, name, use);
                } else if (use.kind() == Kind.FORK) {
                    checkFork(scope, s, name, use);
                }
            }
            boolean closed = s.resource() || s.uses().stream().anyMatch(u -> u.kind() == Kind.CLOSE);
            if (!closed) {
                scope.report(s.pos(), "the StructuredTaskScope in " + name + " is never closed: the subtasks it "
                        + "forked are neither waited for nor cancelled when this method returns or throws, and the "
                        + "scope stays open on this thread; open it in try-with-resources").add();
            }
        }
    }

    /** A read of a result needs a join after the subtask's fork (or, untraced, after every fork before it). */
    private static void checkRead(MethodScope scope, Scope s, String name, Use read) {
        Use lastJoin = null;
        Use forkAfter = null;
        for (Use u : s.uses()) {
            if (u.order() >= read.order()) {
                break;
            }
            if (u.kind() == Kind.JOIN) {
                lastJoin = u;
                forkAfter = null;
            } else if (u.kind() == Kind.FORK && lastJoin != null && (read.fork() < 0 || u.order() == read.fork())) {
                forkAfter = u;
            }
        }
        boolean joined = lastJoin != null && forkAfter == null && (read.fork() < 0 || lastJoin.order() > read.fork());
        if (joined) {
            return;
        }
        String what = "`" + Describe.value(read.method(), read.call().receiver()) + "." + read.call().name() + "()`";
        String message;
        if (lastJoin == null) {
            boolean joinedLater = s.uses().stream().anyMatch(u -> u.kind() == Kind.JOIN && u.order() > read.order());
            message = what + " reads the outcome of " + name + " before " + (joinedLater
                    ? "`" + Describe.variable(s.local()) + ".join()` is called" : "the scope is joined (it never is)")
                    + ": a subtask's result exists only once the owner has joined, so this throws "
                    + "IllegalStateException; fork, then join(), then read the results";
        } else {
            message = what + " reads a subtask of " + name + " forked after its last `join()` (line "
                    + lastJoin.pos().line() + "): the scope must be joined again before the result exists, so this "
                    + "throws IllegalStateException";
        }
        var finding = scope.report(read.pos(), message);
        if (read.fork() >= 0) {
            for (Use u : s.uses()) {
                if (u.order() == read.fork()) {
                    finding.related(u.method(), u.pos(), "the subtask is forked here");
                }
            }
        }
        if (lastJoin != null) {
            finding.related(lastJoin.method(), lastJoin.pos(), "the last join before the read");
        }
        finding.add();
    }

    /** A fork after close, or after (or in a loop with) the join of a scope that joins once. */
    private static void checkFork(MethodScope scope, Scope s, String name, Use fork) {
        Use close = null;
        Use join = null;
        Use loopJoin = null;
        for (Use u : s.uses()) {
            if (u.kind() == Kind.CLOSE && u.order() < fork.order() && close == null) {
                close = u;
            } else if (u.kind() == Kind.JOIN && u.order() < fork.order() && join == null) {
                join = u;
            } else if (u.kind() == Kind.JOIN && u.order() > fork.order() && loopJoin == null && shareALoop(u, fork)) {
                loopJoin = u;
            }
        }
        String what = "`" + Describe.variable(s.local()) + ".fork()`";
        if (close != null) {
            scope.report(fork.pos(), what + " after " + name + " is closed (line " + close.pos().line() + "): a "
                    + "closed scope takes no new subtask, so this throws IllegalStateException")
                    .related(close.method(), close.pos(), "the scope is closed here").add();
        } else if (s.joinsOnce() && join != null) {
            scope.report(fork.pos(), what + " after " + name + " is joined (line " + join.pos().line() + "): a scope "
                    + "from StructuredTaskScope.open() joins once and takes no subtask after it, so this throws "
                    + "IllegalStateException; fork every subtask before join()")
                    .related(join.method(), join.pos(), "the scope is joined here").add();
        } else if (s.joinsOnce() && loopJoin != null) {
            scope.report(fork.pos(), what + " in a loop that also joins " + name + " (line " + loopJoin.pos().line()
                    + "): from the second round on it forks after the join, which a scope from "
                    + "StructuredTaskScope.open() rejects with IllegalStateException; open one scope per round")
                    .related(loopJoin.method(), loopJoin.pos(), "the scope is joined here, in the same loop").add();
        }
    }

    /** Whether two uses are in one loop of the method that opens the scope (the loops are that method's). */
    private static boolean shareALoop(Use a, Use b) {
        Set<Integer> common = new HashSet<>(a.loops());
        common.retainAll(b.loops());
        return !common.isEmpty();
    }
}
