package dev.fearless.rules.deadlock;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.TypeInfo;
import dev.fearless.summary.Describe;
import dev.fearless.summary.GlobalLock;
import dev.fearless.summary.LockTakers;
import dev.fearless.rule.Family;
import dev.fearless.facts.Location;
import dev.fearless.rule.MethodMatcher;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.summary.Effect;
import dev.fearless.summary.Step;
import dev.fearless.summary.Acquisition;
import dev.fearless.summary.Lifecycle;
import dev.fearless.summary.LockedPolls;
import dev.fearless.summary.RaceFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A thread that may block for an unbounded time (sleep, join, Future.get, a blocking queue, I/O...)
 * while it holds a lock: every thread that needs the lock waits as long, and if the awaited work needs
 * the lock, they deadlock. Found directly and through calls into the program (the callees' effect
 * summaries, read against the call's arguments); {@code wait()} counts when it releases only one of
 * several held locks. A wait that ends after a timeout is a note: it stalls the lock's other users, at
 * most for the timeout; so is a sleep, unless it sleeps in a loop that waits on state only code holding
 * the lock changes ({@link LockedPolls}). Any other wait is a warning only when every piece of code that
 * can end it needs a lock kept ({@link LockTakers#wakersOf}: the producer a take waits for, the task a
 * future is of, the completer of a parked reply): a deadlock the program shows; else a note.
 */
@RuleMeta(family = Family.DEADLOCK, severity = Severity.WARNING,
        summary = "Blocking call (sleep, join, Future.get, take/put, wait on another object...) while holding a lock.",
        peers = {"spotbugs:SWL_SLEEP_WITH_LOCK_HELD", "spotbugs:TLW_TWO_LOCK_WAIT", "sonar:S2276", "sonar:S3046",
                "infer:STARVATION", "intellij:SleepWhileHoldingLock", "intellij:WaitWhileHoldingTwoLocks"})
public final class BlockingUnderLock implements MethodMatcher {

    @Override
    public void matchMethod(MethodScope scope) {
        MethodInfo m = scope.method();
        List<Event> events = m.facts().events();
        Set<Location> reported = new HashSet<>(); // one finding per method and place that blocks
        Set<LockSet> talked = new HashSet<>(); // and one per method and locks held for network I/O
        for (int i = 0; i < events.size(); i++) {
            if (!(events.get(i) instanceof Event.Call call) || call.held().isEmpty()) {
                continue;
            }
            LockSet held = call.held();
            for (Effect block : worstFirst(scope.summaries().effects().blocksAt(m, i))) {
                boolean direct = block.path().next() == null;
                if (!direct && covers(block.heldOnTheWay(), held)) {
                    continue; // the callee takes these locks itself: reported there, where it takes them
                }
                if (direct && networkIo(scope, call) && (streamLockOnly(call, held) || lockOfStream(scope, call, held)
                        || !talked.add(held))) {
                    // the stream's own lock serializes its users, who all wait for the same peer anyway;
                    // and a write, a flush and a read in a row are one conversation held under one lock
                    break;
                }
                Location origin = block.origin();
                if (reported.contains(new Location(origin.path(), origin.pos(), ""))) {
                    continue; // that block is reported at an earlier call of this method; another may not be
                }
                if (report(scope, i, call, held, block, direct)) {
                    reported.add(new Location(origin.path(), origin.pos(), ""));
                    break;
                }
            }
        }
    }

    /**
     * The blocks a call may reach, those without a timeout first: where both branches of
     * {@code if (timeout > 0) f.get(timeout, unit); else f.get();} can run, the call may wait for ever.
     */
    private static List<Effect> worstFirst(List<Effect> blocks) {
        if (blocks.size() < 2) {
            return blocks;
        }
        List<Effect> sorted = new ArrayList<>(blocks);
        sorted.sort(java.util.Comparator.comparing(Effect::bounded)); // stable: false before true
        return sorted;
    }

    /** Whether the block is a deliberate pause ({@code Thread.sleep}): under any lock, it holds up every caller. */
    private static boolean pause(MethodScope scope, Effect block) {
        Step origin = block.path().last();
        return origin.method().facts().eventAt(origin.event()) instanceof Event.Call c
                && scope.program().traits(origin.method(), c).contains(MethodTrait.SPIN_HINT);
    }

    /**
     * Whether threads can notify the monitor the wait at the end of {@code block} releases without taking any
     * of the locks that stay held ({@link dev.fearless.summary.LockTakers#notifiedWithout}).
     */
    private static boolean wokenWithout(MethodScope scope, Effect block, LockSet stays) {
        Step origin = block.path().last();
        if (stays.isEmpty() || !(origin.method().facts().eventAt(origin.event()) instanceof Event.Call wait)) {
            return false;
        }
        LockTakers takers = scope.summaries().lockTakers();
        GlobalLock monitor = takers.monitorOf(origin.method(), wait.receiver());
        for (LockRef l : stays.locks()) {
            if (!takers.notifiedWithout(monitor, scope.method(), l)) {
                return false;
            }
        }
        return true;
    }

    /** Whether every lock held is taken nowhere in the program but in this method's own code. */
    private static boolean onlyThisMethodTakes(MethodScope scope, LockSet held) {
        if (held.isEmpty()) {
            return false;
        }
        for (LockRef l : held.locks()) {
            if (!scope.summaries().lockTakers().onlyIn(scope.method(), l)) {
                return false;
            }
        }
        return true;
    }

    /**
     * For a block that joins a thread: whether the thread's code takes one of {@code stays} (it then cannot
     * end while the lock is held, and the join never returns), {@code null} when its code is not known (a
     * thread of a library class, or made around a task); {@code false} for any other block.
     */
    private static Boolean joinedThreadTakes(MethodScope scope, Effect block, LockSet stays) {
        Step origin = block.path().last();
        MethodInfo at = origin.method();
        if (!(at.facts().eventAt(origin.event()) instanceof Event.Call join)
                || !scope.program().traits(at, join).contains(MethodTrait.JOIN)) {
            return false;
        }
        Value receiver = join.receiver();
        boolean self = receiver instanceof Value.Implicit || receiver instanceof Value.Super;
        var type = scope.program().staticType(at, receiver);
        String name = self ? at.owner().name() : type.isKnown() && !type.isArray() ? type.name() : null;
        if (name == null || !scope.program().is(name, TypeTrait.THREAD)) {
            return self || name == null ? null : false; // a future, a scope: no thread whose code is known to wait for
        }
        TypeInfo thread = scope.program().type(name);
        List<MethodInfo> bodies = thread == null ? List.of() : threadBodies(scope, thread);
        if (bodies.isEmpty()) {
            return null;
        }
        Set<GlobalLock> held = new HashSet<>();
        for (LockRef l : stays.locks()) {
            GlobalLock g = GlobalLock.of(scope.program(), scope.method(), l);
            if (g != null) {
                held.add(g);
            }
        }
        for (MethodInfo run : bodies) {
            for (Acquisition a : scope.summaries().acquisitions(run)) {
                if (held.contains(a.node())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The program's code a thread of class {@code thread} runs: the nearest override of the thread's task body. */
    private static List<MethodInfo> threadBodies(MethodScope scope, TypeInfo thread) {
        List<String> line = new ArrayList<>();
        line.add(thread.name());
        line.addAll(scope.program().supertypes(thread.name()));
        for (String t : line) {
            TypeInfo c = scope.program().type(t);
            List<MethodInfo> bodies = c == null ? List.of() : c.methods().stream()
                    .filter(m -> !m.facts().isStatic() && scope.program().methodTraits(t, m.name(),
                            m.facts().params().size()).contains(MethodTrait.TASK_BODY))
                    .toList();
            if (!bodies.isEmpty()) {
                return bodies;
            }
        }
        return List.of();
    }

    /**
     * The code that can end a wait ({@code wakers}); when every piece of it needs a lock kept, the first of them
     * ({@code taker}) and where it takes the lock; else one that needs none ({@code free}), if any.
     */
    private record Waiting(List<LockTakers.Waker> wakers, LockTakers.Waker taker, Location taken, LockTakers.Waker free) {
    }

    /**
     * The code that can end the wait at the end of {@code block} (the calls acting on the object it waits on,
     * the task its future is of), and whether each piece of it needs one of {@code stays}: takes it in its own
     * code or its callees', holds it where it acts, or runs only under it. Code that does not can end the wait
     * while the lock is held: the wait stalls the lock's users, it does not deadlock with them.
     */
    private static Waiting waiting(MethodScope scope, Effect block, LockSet stays) {
        Step origin = block.path().last();
        List<LockTakers.Waker> wakers = scope.summaries().lockTakers()
                .wakersOf(origin.method(), origin.event(), scope.summaries().tasks());
        Set<GlobalLock> held = new HashSet<>();
        for (LockRef l : stays.locks()) {
            GlobalLock g = GlobalLock.of(scope.program(), scope.method(), l);
            if (g != null) {
                held.add(g);
            }
        }
        LockTakers.Waker first = null;
        Location taken = null;
        for (LockTakers.Waker w : wakers) {
            Location takes = takes(scope, w, held);
            if (takes == null) {
                return new Waiting(wakers, null, null, w);
            }
            if (first == null) {
                first = w;
                taken = takes;
            }
        }
        return new Waiting(wakers, first, taken, null);
    }

    /** Where the code of waker {@code w} needs one of {@code held}, or {@code null}. */
    private static Location takes(MethodScope scope, LockTakers.Waker w, Set<GlobalLock> held) {
        for (Acquisition a : scope.summaries().acquisitions(w.method())) {
            if (held.contains(a.node())) {
                return a.origin();
            }
        }
        LockSet around = w.method().facts().eventAt(w.event()).held().plusAll(scope.summaries().entryLocks(w.method()));
        for (LockRef l : around.locks()) {
            if (held.contains(GlobalLock.of(scope.program(), w.method(), l))) {
                return w.location();
            }
        }
        return null;
    }

    /** Whether the call is stream I/O (it blocks only because its stream is a network one). */
    private static boolean networkIo(MethodScope scope, Event.Call call) {
        Set<MethodTrait> traits = scope.program().traits(scope.method(), call);
        return traits.contains(MethodTrait.BLOCKING_IO) && !traits.contains(MethodTrait.BLOCKING);
    }

    /** Whether the only lock held is the monitor of the very stream the call reads or writes. */
    private static boolean streamLockOnly(Event.Call call, LockSet held) {
        AccessPath stream = call.receiver().pathOrNull();
        return stream != null && held.size() == 1 && stream.equals(held.locks().get(0).path());
    }

    /**
     * Whether the one lock held is the stream's own by design: the stream is a field of the object, the
     * object's code uses it (after construction) only holding that lock, and every method that takes the
     * lock uses the stream ({@code exchangeLock} around each request and its reply on one connection). The
     * lock exists to serialize the stream's users.
     */
    private static boolean lockOfStream(MethodScope scope, Event.Call call, LockSet held) {
        AccessPath stream = call.receiver().pathOrNull();
        if (stream == null || !stream.isOwnField() || held.size() != 1) {
            return false;
        }
        LockRef lock = held.locks().get(0);
        for (MethodInfo m : scope.method().owner().methods()) {
            if (m.facts().isInitialization()) {
                continue;
            }
            boolean locks = false;
            boolean talks = false;
            for (Event e : m.facts().events()) {
                boolean onStream = e instanceof Event.Call c && stream.equals(c.receiver().pathOrNull());
                if (onStream && !e.held().contains(lock)) {
                    return false;
                }
                locks |= e.held().contains(lock);
                talks |= onStream;
            }
            if (locks && !talks) {
                return false; // the lock also guards other work, which waits on the stream's peer
            }
        }
        return true;
    }

    /** Whether every lock held here is one the callee takes (again) on its way to the block. */
    private static boolean covers(LockSet inner, LockSet held) {
        for (LockRef l : held.locks()) {
            if (!inner.contains(l)) {
                return false;
            }
        }
        return true;
    }

    private static boolean report(MethodScope scope, int index, Event.Call call, LockSet held, Effect block,
                                  boolean direct) {
        LockSet stays = block.releases() == null ? held : held.minus(block.releases());
        if (block.releases() != null && (stays.isEmpty() || direct && stays.size() == held.size())) {
            return false; // releasing the only lock is fine; a direct wait without its monitor is MonitorNotHeld's
        }
        // No other code takes these locks, so the work waited for cannot need them: they only make runs of
        // this operation (a shutdown, a shadow round) wait for each other, often as meant. A note, not a
        // warning: whether that stall matters depends on how often the operation runs.
        boolean ownLockOnly = !pause(scope, block) && onlyThisMethodTakes(scope, stays);
        String locks = Describe.locks(stays);
        String them = stays.size() == 1 ? "it" : "them";
        // A wait whose monitor other threads notify without the locks it keeps: it stalls them, but the
        // threads it waits for never need those locks, so it cannot deadlock with them.
        boolean wokenFreely = block.releases() != null && wokenWithout(scope, block, stays);
        String message;
        if (wokenFreely) {
            String what = direct ? "`" + block.what() + "`" : "`" + call.name() + "()` may block in `" + block.what()
                    + "` (" + Describe.fileAndLine(block.origin()) + "), which";
            message = what + " releases only its own monitor while waiting and keeps " + locks + ": every thread "
                    + "that needs " + them + " stalls meanwhile, but the code that notifies the monitor runs without "
                    + them + ", so the wait cannot deadlock with it";
        } else if (direct && block.releases() != null) {
            message = "`" + block.what() + "` releases only `" + Describe.lock(block.releases()) + "` while waiting; "
                    + locks + (stays.size() == 1 ? " stays held, so a thread that must take it"
                            : " stay held, so a thread that must take them") + " to notify can never do so";
        } else if (direct && networkIo(scope, call) && block.bounded()) {
            message = "`" + block.what() + "` writes to the network while holding " + locks + ": while the peer "
                    + "does not read and the socket's buffers are full, it waits, and so does every thread that "
                    + "needs " + them + " (a slow or stuck peer stalls them all)";
        } else if (direct) {
            message = block.bounded()
                    ? "`" + block.what() + "` waits up to its timeout while holding " + locks + ": every thread that "
                            + "needs " + them + " stalls meanwhile (a bounded wait)"
                    : "`" + block.what() + "` may block for a long time" + (networkIo(scope, call)
                            ? ", waiting for the network peer to send," : "") + " while holding " + locks + ": every thread "
                            + "that needs " + them + " waits too, and deadlocks if the awaited work needs " + them;
        } else {
            String through = block.path().through();
            message = "`" + call.name() + "()` may block in `" + block.what() + "` ("
                    + Describe.fileAndLine(block.origin()) + (through.isEmpty() ? "" : ", through " + through)
                    + ") while this method holds " + locks + (block.releases() == null ? "" : ", which that wait does not release")
                    + (block.bounded() ? " (a bounded wait: at most its timeout)" : "");
        }
        if (ownLockOnly) {
            String what = direct ? "`" + block.what() + "` may block" : "`" + call.name() + "()` may block in `"
                    + block.what() + "` (" + Describe.fileAndLine(block.origin()) + ")";
            message = what + " while holding " + locks + ", which no other code takes: only concurrent "
                    + "runs of `" + scope.method().display() + "` wait meanwhile, and the awaited work cannot need "
                    + them;
        }
        MethodInfo m = scope.method();
        // A wait made only while the program starts or stops its work (an init, a shutdown) stalls the lock's
        // other users only then, often by design; unless it joins a thread whose own code takes the lock,
        // which then can never end.
        MethodInfo phase = ownLockOnly || wokenFreely ? null : Lifecycle.stepOf(scope.program(), m);
        Boolean joinedTakes = joinedThreadTakes(scope, block, stays);
        boolean joinNeverEnds = Boolean.TRUE.equals(joinedTakes);
        boolean startOrStop = phase != null && Boolean.FALSE.equals(joinedTakes);
        // A sleep ends by itself and needs no other thread: it stalls the lock's other users for its length
        // (a back-off, a pause), unless it sleeps in a loop that waits for state that only code holding the
        // lock changes: that code cannot run until the loop ends.
        boolean sleep = pause(scope, block);
        FieldInfo polled = sleep ? LockedPolls.polledUnder(scope.program(), scope.summaries(), m, index, stays) : null;
        if (polled != null) {
            message += "; it sleeps in a loop that waits on `" + polled.name() + "`, which other code changes only "
                    + "while holding " + them + ": that code cannot run until the loop ends, so it may never end";
        } else if (sleep && !ownLockOnly) {
            message += "; a sleep ends by itself and waits for no other thread: the lock's other users stall only "
                    + "while it sleeps";
        }
        // A warning needs a deadlock the program shows: code that can end the wait and needs a lock kept
        // (the producer a full queue waits for, the task a future is of, the completer of a pending reply).
        // Without one, the wait stalls the lock's other users but is not shown to stop them: a note.
        Waiting waiting = block.releases() == null && !sleep && !joinNeverEnds ? waiting(scope, block, stays) : null;
        boolean deadlockShown = joinNeverEnds || polled != null || waiting != null && waiting.taker() != null;
        if (waiting != null && waiting.taker() != null) {
            LockTakers.Waker w = waiting.taker();
            message += "; " + (waiting.wakers().size() == 1 ? "" : "every piece of code that can end this wait needs "
                    + them + ": ") + w.what() + (waiting.wakers().size() == 1 ? ", which can end this wait," : "")
                    + " takes " + (stays.size() == 1 ? "it" : "one of them") + " ("
                    + Describe.fileAndLine(waiting.taken()) + "): while this waits holding " + them + ", that code "
                    + "may be waiting for " + them + ", and neither goes on";
        } else if (waiting != null && !ownLockOnly && !startOrStop && !wokenFreely) {
            message += waiting.wakers().isEmpty()
                    ? "; the code that ends this wait is not known, so no deadlock with " + them + " is shown: the "
                            + "threads that need " + them + " stall while it waits"
                    : "; code that can end this wait (" + waiting.free().what() + ") never takes " + them
                            + ": the threads that need " + them + " stall while it waits, but it cannot deadlock with it";
        }
        if (joinNeverEnds) {
            message += "; the joined thread's own code takes " + (stays.size() == 1 ? "it" : "one of them")
                    + ", so it may never end while this waits, and the join never returns";
        }
        if (startOrStop) {
            message += "; this runs only as `" + phase.display() + "` starts or stops the program's work, so the "
                    + "threads that need " + them + " wait only then";
        }
        // A hook only tests call (`@VisibleForTesting`, nothing else in the program calls it): its waits stall
        // a test's threads, not the program's.
        boolean testHook = RaceFields.testHook(scope.program(), m);
        if (testHook) {
            message += "; `" + m.display() + "` is written for tests and nothing else in the program calls it";
        }
        RuleContext.FindingBuilder finding = scope.report(call.pos(), message);
        if (!direct) {
            List<Location> chain = block.chain().subList(1, block.chain().size());
            for (Location step : chain) {
                finding.related(step);
            }
            MethodInfo via = block.path().next().method();
            List<Location> flow = new ArrayList<>();
            flow.add(new Location(m.path(), call.pos(), "calls " + via.display() + " holding " + locks));
            flow.addAll(chain);
            finding.flow(flow);
        }
        if (block.bounded() || ownLockOnly || wokenFreely || startOrStop || sleep && polled == null || testHook
                || block.releases() == null && !deadlockShown) {
            finding.note();
        }
        finding.add();
        return true;
    }

}
