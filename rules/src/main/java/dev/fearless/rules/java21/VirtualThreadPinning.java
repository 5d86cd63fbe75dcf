package dev.fearless.rules.java21;

import dev.fearless.facts.Event;
import dev.fearless.facts.Dispatch;
import dev.fearless.facts.LockSet;
import dev.fearless.program.MethodInfo;
import dev.fearless.summary.Describe;
import dev.fearless.rule.Family;
import dev.fearless.rule.JavaRelease;
import dev.fearless.facts.Location;
import dev.fearless.rule.ProgramMatcher;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.summary.Blocks;
import dev.fearless.summary.VirtualThreads;
import java.util.ArrayList;
import java.util.List;

/**
 * A virtual thread that blocks (sleep, join, {@code Future.get}, a blocking queue, a wait, stream or socket
 * I/O) while it holds a monitor ({@code synchronized}): up to JDK 23 it cannot unmount, so it pins its
 * carrier thread for the whole wait, and a few such waits occupy every carrier and stall all virtual
 * threads. Found where the monitor is held, directly or through calls, in code reached from a task handed
 * to a virtual thread. JEP 491 removed the pinning in JDK 24: the rule is silent for a {@code javaRelease}
 * of 24 or later.
 *
 * <p>A whole-program rule: it walks the methods that run on virtual threads once, with one memo of what
 * callees block on.
 */
@RuleMeta(family = Family.JAVA21, severity = Severity.WARNING,
        summary = "A virtual thread blocks inside synchronized (sleep, I/O, take, Future.get, wait): it pins its carrier (JDK 21-23).",
        peers = {"sonar:S6906"})
public final class VirtualThreadPinning implements ProgramMatcher {

    /** The first release whose virtual threads unmount inside synchronized (JEP 491). */
    private static final int UNPINNED = 24;

    @Override
    public void matchProgram(RuleContext context) {
        if (context.javaRelease().atLeast(UNPINNED)) {
            return;
        }
        VirtualThreads virtual = context.summaries().virtualThreads();
        if (virtual.roots().isEmpty()) {
            return;
        }
        Blocks blocks = new Blocks(context.program());
        for (MethodInfo m : virtual.methods()) {
            context.checkBudget();
            List<Event> events = m.facts().events();
            for (int i = 0; i < events.size(); i++) {
                if (!(events.get(i) instanceof Event.Call call)) {
                    continue;
                }
                Monitor monitor = innermostMonitor(m, i, call.held());
                if (monitor == null) {
                    continue;
                }
                Blocks.Block block = blocks.at(m, i);
                if (block != null) {
                    report(context, m, call, monitor, block, virtual.reach(m));
                }
            }
        }
    }

    /** A monitor taken by {@code acquire}, an event of {@code method}. */
    private record Monitor(MethodInfo method, Event.Acquire acquire) {
    }

    /**
     * The acquisition of the innermost monitor held at event {@code index} of {@code m} (in the method a
     * closure run here is written in, when it was taken there), or null when no monitor is held.
     */
    private static Monitor innermostMonitor(MethodInfo m, int index, LockSet held) {
        MethodInfo current = m;
        int before = index;
        while (current != null) {
            List<Event> events = current.facts().events();
            for (int j = Math.min(before, events.size()) - 1; j >= 0; j--) {
                if (events.get(j) instanceof Event.Acquire a && a.how().isMonitor() && held.contains(a.lock())) {
                    return new Monitor(current, a);
                }
            }
            if (!current.facts().isClosure() || current.facts().dispatch() != Dispatch.HERE) {
                return null;
            }
            before = current.facts().siteEvent();
            current = current.closureParent();
        }
        return null;
    }

    private static void report(RuleContext context, MethodInfo m, Event.Call call, Monitor held,
                               Blocks.Block block, VirtualThreads.Reach reach) {
        Event.Acquire monitor = held.acquire();
        String region = monitor.how() == Event.AcquireKind.SYNCHRONIZED_METHOD
                ? "synchronized method `" + held.method().display() + "`"
                : "`synchronized (" + Describe.lock(monitor.lock()) + ")`";
        Location spawn = reach.root().spawnLocation();
        String task = "a task handed to `" + reach.root().handoff() + "` at " + Describe.fileAndLine(spawn) + through(reach);
        String blocking = block.viaCallee()
                ? "`" + call.name() + "()` may " + (block.waits() ? "wait in `" : "block in `") + block.what() + "` ("
                        + Describe.fileAndLine(block.origin()) + ")"
                : "`" + block.what() + (block.waits() ? "` waits" : "` blocks");
        JavaRelease release = context.javaRelease();
        String message = blocking + " inside " + region + " on a virtual thread (" + task + "): on JDK "
                + (release.isKnown() ? release + " (the project's release)" : "21-23")
                + " the virtual thread stays pinned to its carrier thread while it waits, and a few such waits "
                + "occupy every carrier and stall all virtual threads; a ReentrantLock does not pin (JDK 24 unpins "
                + "it too, JEP 491" + (release.isKnown() ? ")" : "; javaRelease: 24 says the code runs there)");
        RuleContext.FindingBuilder finding = context.report(m, call.pos(), message);
        Location taken = new Location(held.method().path(), monitor.pos(), "takes the monitor of `"
                + Describe.lock(monitor.lock()) + "`");
        finding.related(taken);
        for (Location step : reach.path()) {
            finding.related(step);
        }
        finding.related(reach.root().source());
        if (block.viaCallee()) {
            for (Location step : block.chain()) {
                finding.related(step);
            }
        }
        List<Location> flow = new ArrayList<>(reach.path());
        flow.add(taken);
        flow.addAll(block.chain());
        finding.flow(flow);
        finding.add();
    }

    /** The methods between the task's body and the reporting method, as {@code " through `A` -> `B`"}. */
    private static String through(VirtualThreads.Reach reach) {
        List<String> methods = new ArrayList<>();
        for (VirtualThreads.Reach r = reach.from(); r != null && r.from() != null; r = r.from()) {
            String name = "`" + r.method().display() + "`";
            if (!methods.contains(name) && !r.method().display().equals(reach.method().display())) {
                methods.add(0, name);
            }
        }
        return methods.isEmpty() ? "" : ", through " + String.join(" -> ", methods);
    }
}
