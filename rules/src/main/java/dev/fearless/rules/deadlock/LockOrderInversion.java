package dev.fearless.rules.deadlock;

import dev.fearless.rule.Family;
import dev.fearless.facts.Location;
import dev.fearless.facts.LockRef;
import dev.fearless.program.CallSite;
import dev.fearless.program.Program;
import dev.fearless.rule.ProgramMatcher;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.summary.Api;
import dev.fearless.summary.GlobalLock;
import dev.fearless.summary.LockCycle;
import dev.fearless.summary.LockEdge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A cycle in the program-wide lock-order graph: threads take the same locks in different orders, across
 * methods, classes and files, through calls, with synchronized and java.util.concurrent locks alike.
 * Each thread borrows one lock and waits for the other's: neither ever gives its borrow back. Reported
 * once per place: cycles that would be reported at the same acquisition are one finding, with every
 * side's path of each.
 */
@RuleMeta(family = Family.DEADLOCK, severity = Severity.ERROR,
        summary = "Locks taken in opposite orders on different paths (a lock-order cycle): a deadlock.",
        peers = {"infer:DEADLOCK"})
public final class LockOrderInversion implements ProgramMatcher {

    @Override
    public void matchProgram(RuleContext context) {
        // Cycles that would be reported at the same place are one finding: the first (shortest) explains
        // it, the others are added as further flows.
        Map<String, List<LockCycle>> bySite = new LinkedHashMap<>();
        for (LockCycle cycle : context.summaries().lockGraph().cycles()) {
            LockEdge at = cycle.reportedAt();
            bySite.computeIfAbsent(at.method().path() + ":" + at.site(), k -> new ArrayList<>()).add(cycle);
        }
        java.util.Set<String> noted = new java.util.HashSet<>(bySite.keySet());
        for (List<LockCycle> cycles : bySite.values()) {
            cycles.sort(Comparator.comparingInt(c -> c.edges().size()));
            LockCycle cycle = cycles.get(0);
            LockEdge at = cycle.reportedAt();
            List<LockEdge> others = new ArrayList<>(cycle.edges());
            others.remove(at);
            StringBuilder message = new StringBuilder("lock-order inversion: this path holds `").append(at.from())
                    .append("` and takes `").append(at.to()).append('`');
            for (LockEdge other : others) {
                message.append(", while `").append(other.method().display()).append("` (").append(file(other))
                        .append(":").append(other.site().line()).append(") holds `").append(other.from())
                        .append("` and takes `").append(other.to()).append('`');
            }
            message.append(": threads on these paths can each hold one lock and wait forever for the other");
            LockEdge closedOutside = heldByEveryCaller(context, cycle);
            if (closedOutside != null) {
                message.append("; but every call of `").append(closedOutside.method().display())
                        .append("` in the program is made holding `").append(closedOutside.to())
                        .append("` already, so there it takes it again, and only code outside the program calling it "
                                + "without that lock closes the cycle");
            }
            if (cycles.size() > 1) {
                message.append(" (").append(cycles.size() - 1).append(cycles.size() == 2 ? " other cycle goes" : " other cycles go")
                        .append(" through this path; their sides are in the related locations)");
            }
            RuleContext.FindingBuilder finding = context.report(at.method(), at.site(), message.toString());
            for (LockCycle c : cycles) {
                for (LockEdge e : c.edges()) {
                    finding.related(e.method(), e.heldAt(), "`" + e.from() + "` is taken here (" + e.method().display() + ")");
                    Location origin = e.chain().get(e.chain().size() - 1);
                    finding.related(new Location(origin.path(), origin.pos(), "then `" + e.to() + "` is taken here"));
                }
                for (LockEdge e : c.edges()) {
                    List<Location> steps = new ArrayList<>();
                    steps.add(new Location(e.method().path(), e.heldAt(), "holds `" + e.from() + "`"));
                    steps.addAll(e.chain());
                    finding.flow(steps);
                }
            }
            if (closedOutside != null) {
                finding.note();
            }
            finding.add();
            for (LockEdge other : others) {
                if (noted.add(other.method().path() + ":" + other.site())) {
                    noteOtherSide(context, other, at);
                }
            }
        }
    }

    /**
     * A note at another side of the cycle, where a reader of that code would look for it: the cycle is
     * reported once, at {@code at}; each other path gets a note that points there.
     */
    private static void noteOtherSide(RuleContext context, LockEdge other, LockEdge at) {
        context.report(other.method(), other.site(), "other side of a lock-order inversion: this path holds `"
                        + other.from() + "` and takes `" + other.to() + "`, while `" + at.method().display() + "` ("
                        + file(at) + ":" + at.site().line() + ") holds `" + at.from() + "` and takes `" + at.to()
                        + "`; the cycle is reported there")
                .related(at.method(), at.site(), "the cycle is reported here")
                .related(other.method(), other.heldAt(), "`" + other.from() + "` is taken here (" + other.method().display() + ")")
                .note()
                .add();
    }

    /**
     * A side of the cycle in a method of the API whose every call in the program is made holding the lock
     * that side takes, a lock of which there is one (a class's, a static field's): within the program that
     * side takes it again, re-entrantly, and cannot wait for it; only a caller outside the program, without
     * the lock, closes the cycle. That side, or null. The monitor of an instance is no such lock: the
     * callers may hold another instance's ({@code Model.this} of the model that publishes, while the bus
     * refreshes every model). Methods outside the API get this from their callers' locks already
     * ({@code CallerLocks}).
     */
    private static LockEdge heldByEveryCaller(RuleContext context, LockCycle cycle) {
        Program program = context.program();
        for (LockEdge e : cycle.edges()) {
            List<CallSite> callers = program.callGraph().callersOf(e.method());
            if (callers.isEmpty() || !e.to().single() || !Api.exported(program, e.method())) {
                continue;
            }
            boolean all = true;
            for (CallSite s : callers) {
                Set<GlobalLock> held = new HashSet<>(context.summaries().callerLockNodes(s.caller()));
                for (LockRef h : s.caller().facts().eventAt(s.event()).held().locks()) {
                    GlobalLock node = GlobalLock.of(program, s.caller(), h);
                    if (node != null) {
                        held.add(node);
                    }
                }
                if (!held.contains(e.to())) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return e;
            }
        }
        return null;
    }

    private static String file(LockEdge e) {
        String path = e.method().path();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
