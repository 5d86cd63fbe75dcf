package dev.fearless.rules.deadlock;

import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.Position;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.rule.Describe;
import dev.fearless.rule.Family;
import dev.fearless.rule.Location;
import dev.fearless.rule.ProgramMatcher;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.summary.Frames;
import dev.fearless.summary.Monitors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A thread that may block for an unbounded time (sleep, join, Future.get, a blocking queue, I/O...)
 * while it holds a lock: every thread that needs the lock waits as long, and if the awaited work needs
 * the lock, they deadlock. Found directly and through calls into the program; {@code wait()} counts
 * when it releases only one of several held locks.
 *
 * <p>A whole-program rule: the blocking calls found behind each callee are memoized across the walk,
 * and with the depth limit and cycle cut the memo depends on the order methods are visited in, so the
 * walk stays one sequential pass in program order.
 */
@RuleMeta(family = Family.DEADLOCK, severity = Severity.WARNING,
        summary = "Blocking call (sleep, join, Future.get, take/put, wait on another object...) while holding a lock.",
        peers = {"spotbugs:SWL_SLEEP_WITH_LOCK_HELD", "spotbugs:TLW_TWO_LOCK_WAIT", "sonar:S2276", "sonar:S3046",
                "infer:STARVATION"})
public final class BlockingUnderLock implements ProgramMatcher {

    private static final int DEPTH = 4;

    /** A place where a method may block: what, where (as a chain of call steps), and the monitor a wait releases. */
    private record Block(String what, List<Location> chain, LockRef releases) {
    }

    @Override
    public void matchProgram(RuleContext context) {
        Program program = context.program();
        Map<MethodInfo, List<Block>> memo = new HashMap<>();
        for (MethodInfo m : program.methods()) {
            List<Event> events = m.facts().events();
            for (int i = 0; i < events.size(); i++) {
                if (!(events.get(i) instanceof Event.Call call)) {
                    continue;
                }
                LockSet held = call.held();
                if (held.isEmpty()) {
                    continue;
                }
                Block direct = direct(program, m, call);
                if (direct != null) {
                    report(context, m, call, held, direct, null);
                    continue;
                }
                for (MethodInfo target : program.callGraph().preciseTargets(m, i)) {
                    Block inner = firstBlock(program, target, memo, new HashSet<>(), DEPTH);
                    if (inner != null) {
                        LockRef released = inner.releases() == null ? null
                                : Frames.intoCaller(inner.releases(), m, i, target, program);
                        if (inner.releases() != null && released == null) {
                            continue;
                        }
                        report(context, m, call, held, new Block(inner.what(), inner.chain(), released), target);
                        break;
                    }
                }
            }
        }
    }

    private static void report(RuleContext context, MethodInfo m, Event.Call call, LockSet held, Block block,
                               MethodInfo via) {
        LockSet stays = block.releases() == null ? held : held.minus(block.releases());
        if (block.releases() != null && (stays.isEmpty() || via == null && stays.size() == held.size())) {
            return; // releasing the only lock is fine; a direct wait without its monitor is MonitorNotHeld's
        }
        String locks = describe(stays);
        String message;
        if (via == null) {
            message = block.releases() == null
                    ? "`" + block.what() + "` may block for a long time while holding " + locks + ": every thread "
                            + "that needs " + (stays.size() == 1 ? "it" : "them") + " waits too, and deadlocks if the "
                            + "awaited work needs " + (stays.size() == 1 ? "it" : "them")
                    : "`" + block.what() + "` releases only `" + Describe.lock(block.releases()) + "` while waiting; "
                            + locks + " stay" + (stays.size() == 1 ? "s" : "") + " held, so a thread that must take "
                            + (stays.size() == 1 ? "it" : "them") + " to notify can never do so";
        } else {
            message = "`" + call.name() + "()` may block in `" + block.what() + "` (" + where(block) + ") while this "
                    + "method holds " + locks + (block.releases() == null ? "" : ", which that wait does not release");
        }
        RuleContext.FindingBuilder finding = context.report(m, call.pos(), message);
        if (via != null) {
            for (Location step : block.chain()) {
                finding.related(step);
            }
            List<Location> flow = new ArrayList<>();
            flow.add(new Location(m.path(), call.pos(), "calls " + via.display() + " holding " + locks));
            flow.addAll(block.chain());
            finding.flow(flow);
        }
        finding.add();
    }

    private static String where(Block block) {
        Location last = block.chain().get(block.chain().size() - 1);
        String file = last.path().substring(last.path().lastIndexOf('/') + 1);
        return file + ":" + last.pos().line();
    }

    private static String describe(LockSet locks) {
        List<String> names = new ArrayList<>();
        for (LockRef l : locks.locks()) {
            names.add("`" + Describe.lock(l) + "`");
        }
        return String.join(", ", names);
    }

    /** A blocking library call made directly by this event, or {@code null}. */
    private static Block direct(Program program, MethodInfo m, Event.Call call) {
        Set<MethodTrait> traits = program.traits(m, call);
        String what = Describe.value(m, call.receiver()) + "." + call.name() + "()";
        if (traits.contains(MethodTrait.WAIT)) {
            LockRef releases = program.is(program.staticType(m, call.receiver()).name(), TypeTrait.CONDITION)
                    ? Monitors.lockOfCondition(program, m, call.receiver())
                    : Monitors.monitorOf(m, call.receiver());
            return releases == null ? null
                    : new Block(what, List.of(new Location(m.path(), call.pos(), what + " waits here")), releases);
        }
        if (traits.contains(MethodTrait.GUARDED_WAIT) && call.receiver().pathOrNull() != null) {
            return new Block(what, List.of(new Location(m.path(), call.pos(), what + " waits here")),
                    LockRef.lock(LockRef.Kind.LOCK, call.receiver().pathOrNull()));
        }
        if (traits.contains(MethodTrait.BLOCKING)) {
            return new Block(what, List.of(new Location(m.path(), call.pos(), what + " blocks here")), null);
        }
        return null;
    }

    /** The first place a method may block, directly or through its callees, in its own frame. */
    private static Block firstBlock(Program program, MethodInfo m, Map<MethodInfo, List<Block>> memo,
                                    Set<MethodInfo> active, int depth) {
        List<Block> cached = memo.get(m);
        if (cached != null) {
            return cached.isEmpty() ? null : cached.get(0);
        }
        if (depth == 0 || !active.add(m)) {
            return null;
        }
        Block found = null;
        List<Event> events = m.facts().events();
        for (int i = 0; i < events.size() && found == null; i++) {
            if (!(events.get(i) instanceof Event.Call call)) {
                continue;
            }
            Block direct = direct(program, m, call);
            if (direct != null) {
                if (direct.releases() == null || call.held().isEmpty()
                        || call.held().equals(LockSet.of(direct.releases()))) {
                    found = direct;
                }
                continue;
            }
            for (MethodInfo target : program.callGraph().preciseTargets(m, i)) {
                Block inner = firstBlock(program, target, memo, active, depth - 1);
                if (inner != null) {
                    LockRef released = inner.releases() == null ? null
                            : Frames.intoCaller(inner.releases(), m, i, target, program);
                    if (inner.releases() == null || released != null) {
                        List<Location> chain = new ArrayList<>();
                        chain.add(new Location(m.path(), call.pos(), "calls " + target.display()));
                        chain.addAll(inner.chain());
                        found = new Block(inner.what(), chain, released);
                        break;
                    }
                }
            }
        }
        active.remove(m);
        memo.put(m, found == null ? List.of() : List.of(found));
        return found;
    }

    static Position positionOf(Event e) {
        return e.pos();
    }
}
