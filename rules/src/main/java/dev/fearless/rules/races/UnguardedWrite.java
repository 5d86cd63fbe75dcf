package dev.fearless.rules.races;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Contract;
import dev.fearless.facts.Dispatch;
import dev.fearless.facts.Event;
import dev.fearless.facts.Guard;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.Modifiers;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import dev.fearless.summary.Describe;
import dev.fearless.rule.Family;
import dev.fearless.rule.FieldMatcher;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.summary.AccessOp;
import dev.fearless.summary.Conflicts;
import dev.fearless.summary.Evidence;
import dev.fearless.summary.FieldUse;
import dev.fearless.summary.Guards;
import dev.fearless.summary.Lifecycle;
import dev.fearless.summary.LazyInits;
import dev.fearless.summary.LogicalThread;
import dev.fearless.summary.PolledFields;
import dev.fearless.summary.RaceFields;
import dev.fearless.summary.Summaries;
import dev.fearless.summary.Tasks;
import dev.fearless.summary.ThreadContext;
import dev.fearless.summary.ThreadModel;
import dev.fearless.summary.VariableUses;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A shared field written without the lock that guards it, where another thread can touch it at the same
 * time. The write races with a concrete other access ({@link Conflicts}): one that can run at once on
 * another logical thread, with no common lock and no happens-before. It is reported when the field has
 * a guard (a lock its other accesses hold), when the class is annotated thread-safe, or when the write
 * is made by a task run on another thread. Writes in constructors, to owned objects, to
 * volatile/atomic/final fields, and in helpers only called under the lock are not races.
 */
@RuleMeta(family = Family.RACES, severity = Severity.WARNING,
        summary = "A shared field written without the lock that guards its other accesses (incl. count++), a plain flag a loop on another thread polls, or a collection a task walks while others change it.",
        peers = {"infer:THREAD_SAFETY_VIOLATION", "spotbugs:IS2_INCONSISTENT_SYNC",
                "spotbugs:AT_STALE_THREAD_WRITE_OF_PRIMITIVE", "spotbugs:AT_NONATOMIC_OPERATIONS_ON_SHARED_VARIABLE", "intellij:FieldAccessedSynchronizedAndUnsynchronized"})
public final class UnguardedWrite implements FieldMatcher {

    @Override
    public void matchField(RuleContext context, FieldInfo f, List<FieldUse> allUses) {
        Summaries summaries = context.summaries();
        if (!RaceFields.inScope(f)) {
            return;
        }
        List<FieldUse> uses = RaceFields.relevantUses(context.program(), summaries, f, allUses);
        if (uses.isEmpty() || unread(f, allUses) || LazyInits.racyCache(context.program(), summaries, f, allUses)) {
            return;
        }
        Evidence evidence = RaceFields.evidence(summaries, f, uses);
        Guards guards = Guards.infer(uses);
        // Once per field, not per write: counting the guarded places is linear in the field's uses.
        String guardReason = guards.lock() != null && majority(guards) ? "without `" + Describe.lock(guards.lock())
                + "`, which guards " + count(sites(guards.guarded()), "other access") + " to it" : null;
        Set<String> reported = new HashSet<>();
        Map<String, Candidate> chosen = new LinkedHashMap<>();
        boolean walkedByTask = uses.stream().anyMatch(u -> u.op() == AccessOp.CALL_ITERATE
                && u.context() == ThreadContext.TASK && spawned(u) && u.held().isEmpty());
        boolean polledByTask = uses.stream().anyMatch(u -> u.op() == AccessOp.READ
                && u.context() == ThreadContext.TASK && spawned(u) && polls(context.program(), u));
        for (FieldUse w : uses) {
            context.checkBudget();
            if (!w.op().isWrite() || !w.held().isEmpty() || RaceFields.forTesting(w)) {
                continue;
            }
            String reason0 = reason(f, w, guards, guardReason, evidence, walkedByTask);
            boolean oneObject = reason0 == null && !evidence.notThreadSafe() && !f.facts().isStatic()
                    && byTasks(w) && OneObjectCalls.onOneObject(context.program(), summaries.threads(), w.method());
            if (oneObject) {
                // one thread the program starts once is "a task", as for a task body of its own
                reason0 = TASK + (summaries.threads().startedTwiceAtOnce(w.threads())
                        || w.threads().threads().stream().filter(ThreadModel::started).count() > 1
                        ? "tasks that run on other threads, all on one object" : "a task that runs on another thread");
            }
            if (reason0 == null && polledByTask && w.op() == AccessOp.WRITE && guards.lock() == null && !evidence.notThreadSafe()
                    && !f.facts().isStatic()) {
                reason0 = POLLED;
            }
            if (reason0 == null && !evidence.notThreadSafe() && !RaceFields.forTesting(w)
                    && (reportStartedReader(context, summaries, w, uses, reported)
                    || reportHandedOff(context, summaries, w, uses, reported))) {
                continue;
            }
            if (reason0 == null && !evidence.notThreadSafe() && !f.facts().isStatic() && w.context() == ThreadContext.CLIENT
                    && onlyStartedThreads(w) && sharedByTasks(context.program(), summaries, f.owner())) {
                reason0 = TASK + "a thread the program starts, on an object it shares between its tasks";
            }
            String reason = reason0;
            // a flag a loop polls is reported once, at its declaration, where `volatile` goes
            String place = POLLED.equals(reason) ? "declaration of " + f.name() : placeOf(w);
            Candidate before = chosen.get(place);
            if (reason == null || reported.contains(w.method() + "@" + w.site()) || before != null && !before.note()
                    || reason.equals(guardReason) && publishedByGuard(context.program(), summaries, guards, w)) {
                continue;
            }
            // A task's write races with another thread's access, or with itself when the program starts
            // it twice at once (handed to a pool in a loop, two threads started).
            boolean tasksMeet = reason.startsWith(TASK) && summaries.threads().startedTwiceAtOnce(w.threads())
                    && (oneObject || !ownState(context.program(), w)
                        || summaries.threads().sameObjectHandedTwice(w.threads(), w.method().owner().name()));
            // A write in a method that is an entry of its own is reported there, unless only the tasks
            // that call it make it a race: tasks handed over in a loop calling the object's public method
            // (pool.submit(() -> get(k)) with get filling a plain map) race with each other inside it.
            // Two hand-over places are not enough here: a task re-handed over by a protocol that lets one
            // run at a time (a CAS on an "executing" state) has two places and never runs twice at once.
            if (!w.reportable(summaries.entryMethods()) && !(tasksMeet && summaries.threads().startedInLoop(w.threads()))) {
                continue;
            }
            boolean walked = reason.equals(WALKED);
            boolean polled = reason.equals(POLLED);
            // Two writes of one constant end the same in either order: the other side is a read, or another value.
            java.util.function.Predicate<FieldUse> wanted =
                    v -> !w.storesSameConstantAs(v) && !RaceFields.testHook(context.program(), v.method()) && !(polls(context.program(), v) && handedThroughQueue(context.program(), w, v)) && (polled ? v.op() == AccessOp.READ && v.context() == ThreadContext.TASK && polls(context.program(), v)
                            : walked ? v.op() == AccessOp.CALL_ITERATE && v.context() == ThreadContext.TASK
                            : !reason.startsWith(TASK) || !v.threads().equals(w.threads()) || tasksMeet);
            boolean onLoop = reason.startsWith(TASK) && onOneLoop(w);
            // one thread makes every such write, one at a time: getters only see a value a moment old
            boolean oneWriter = !onLoop && reason.startsWith(TASK) && (w.op() == AccessOp.WRITE || w.op() == AccessOp.UPDATE)
                    && RaceFields.singleValue(context.program(), f) && summaries.threads().startedOncePerObject(w.threads());
            // A setting's write (a setter the program calls only to set objects up) meets this one only when a
            // user reconfigures an object at work: the other side it makes is a note's, unless another races too.
            java.util.function.Predicate<FieldUse> reconfigures =
                    v -> v.op() == AccessOp.WRITE && summaries.settings().setterOf(context.program(), v, allUses) != null;
            java.util.function.Predicate<FieldUse> runs = wanted.and(reconfigures.negate());
            FieldUse other = Conflicts.otherSide(context.program(), summaries, w, uses,
                    onLoop ? runs.and(v -> !clientRead(v)) : oneWriter ? runs.and(v -> !getterRead(v)) : runs);
            boolean getterOnly = false;
            if (other == null && (onLoop || oneWriter)) {
                other = Conflicts.otherSide(context.program(), summaries, w, uses, runs);
                getterOnly = other != null;
            }
            boolean settingOther = false;
            if (other == null) {
                other = Conflicts.otherSide(context.program(), summaries, w, uses, wanted);
                settingOther = other != null;
            }
            if (other == null) {
                continue;
            }
            boolean tie = reason.equals(guardReason) && weakGuard(guards, evidence, w, other);
            // a plain flag whose other side is a loop polling it, whatever made the write a race: reported at
            // the declaration, where volatile goes, and the loop gets a note
            boolean flag = polled || guards.lock() == null && w.op() == AccessOp.WRITE && other.op() == AccessOp.READ
                    && polls(context.program(), other) && !f.facts().isStatic();
            boolean setting = !flag && (settingOther || summaries.settings().setterOf(context.program(), w, allUses) != null);
            Candidate c = new Candidate(w, other, getterOnly ? reason + (onLoop ? GETTER_ONLY : ONE_WRITER) : reason,
                    tie, getterOnly, tie || getterOnly || setting || !polled && Lifecycle.stepOf(context.program(), w) != null
                    || Conflicts.outsideOnly(summaries, w, other) != null || underCallersGuard(context, guards, w) != null,
                    flag);
            String key = flag ? "declaration of " + f.name() : place;
            Candidate kept = chosen.get(key);
            if (kept == null || kept.note() && !c.note()) {
                chosen.put(key, c);
            }
            if (flag && reported.add(other.originMethod() + "@" + other.origin())) {
                notePoll(context, w, other);
            }
        }
        for (Candidate c : chosen.values()) {
            MethodInfo setter = c.flag() ? null : summaries.settings().setterOf(context.program(), c.write(), allUses);
            String setting = setter == null ? null : summaries.settings().clause(context.program(), f, setter, allUses);
            MethodInfo otherSetter = setter != null || c.flag() || c.other().op() != AccessOp.WRITE ? null
                    : summaries.settings().setterOf(context.program(), c.other(), allUses);
            if (otherSetter != null) {
                setting = dev.fearless.summary.Settings.otherSideClause(otherSetter);
            }
            report(context, c.write(), c.other(), c.reason(), guards, c.tie(), c.getterOnly(), c.flag(), setting,
                    Conflicts.otherEntries(c.write(), uses, v -> v.held().isEmpty(), 3));
        }
    }

    /**
     * A write to report, the access it races with, the reason and what makes it a note: a write that
     * several entries reach is reported once, as a warning when any entry's path makes it one.
     */
    private record Candidate(FieldUse write, FieldUse other, String reason, boolean tie, boolean getterOnly,
                             boolean note, boolean flag) {
    }

    /**
     * Reports a write made by a method its caller calls on an object after handing that object to a task
     * that uses it ({@link WrittenAfterStart#findHandedOff}), once per write; whether it did.
     */
    private static boolean reportHandedOff(RuleContext context, Summaries summaries, FieldUse w, List<FieldUse> uses,
                                           Set<String> reported) {
        WrittenAfterStart.HandedUse handed = WrittenAfterStart.findHandedOff(context.program(), summaries, w, uses);
        if (handed == null || !reported.add(w.method() + "@" + w.site())) {
            return handed != null;
        }
        FieldUse v = handed.use();
        MethodInfo caller = handed.task().parent();
        int callLine = caller.facts().eventAt(handed.call()).pos().line();
        String message = Describe.access(w) + " is written without a lock while a task may be using the object: `"
                + caller.display() + "` hands `" + handed.local() + "` to `" + handed.task().handoff() + "` at line "
                + handed.task().spawnPos().line() + " and then calls `" + w.originMethod().display() + "` on it at line "
                + callLine + ", with no join between, while the task " + (v.op().isWrite() ? "writes `" : "reads `")
                + w.field().name() + "` in `" + v.originMethod().display() + "`"
                + (v.held().isEmpty() ? " without a lock" : " under `" + Describe.lock(v.held().locks().get(0)) + "`")
                + "; make the write under the same lock, or wait for the task first";
        context.report(w.method(), w.site(), message)
                .related(caller, handed.task().spawnPos(), "`" + handed.local() + "` is handed to another thread here")
                .related(caller, caller.facts().eventAt(handed.call()).pos(), "the writing method is called here")
                .related(v.originMethod(), v.origin(), "the task's side of the race")
                .add();
        return true;
    }

    /**
     * Reports a write made after its own method started the thread that reads it ({@link WrittenAfterStart}),
     * once per write; whether it did.
     */
    private static boolean reportStartedReader(RuleContext context, Summaries summaries, FieldUse w, List<FieldUse> uses,
                                               Set<String> reported) {
        WrittenAfterStart.Reader reader = WrittenAfterStart.find(context.program(), summaries, w, uses);
        if (reader == null || !reported.add(w.method() + "@" + w.site())) {
            return reader != null;
        }
        Event.Call call = reader.start();
        String start = "`" + Describe.value(w.originMethod(), call.receiver()) + "." + call.name() + "(...)` at line "
                + call.pos().line();
        FieldUse read = reader.read();
        String message = Describe.access(w) + " is written without a lock after " + start + " started a thread that "
                + "reads it (" + Conflicts.threads(read) + " reads it in `" + read.originMethod().display() + "`): the "
                + "thread may read it before this write, or never see it; assign it before the start, or make it volatile";
        context.report(w.method(), w.site(), message)
                .related(w.method(), reader.start().pos(), "the thread that reads it is started here")
                .related(read.originMethod(), read.origin(), "the thread reads it here")
                .add();
        return true;
    }

    private static final String TASK = "without a lock, by ";
    /**
     * A write a task makes on the one thread of an event loop or single-thread executor, the object's own,
     * that only clients' getters meet: handing the write to the loop confines it there, and what is left is
     * a getter whose answer may be stale, the getter's business (a note).
     */
    private static final String GETTER_ONLY = " (the object's own loop, where the write is handed so that no other "
            + "thread makes it; only reads made by clients meet it, and they may see a stale value: make the field "
            + "volatile if their answer matters)";
    private static final String ONE_WRITER = " (one thread, which the program starts once for the object, makes "
            + "every such write, one at a time; only getters' reads meet it, and they may see a value a moment old: "
            + "make the field volatile if their answer matters)";
    private static final String POLLED = "without a lock, while a task that runs on another thread polls it in a loop";
    private static final String WALKED = "without a lock, while a task that runs on another thread walks it";

    private static String reason(FieldInfo f, FieldUse w, Guards guards, String guardReason, Evidence evidence,
                                 boolean walkedByTask) {
        if (evidence.notThreadSafe()) {
            return null;
        }
        boolean staticField = f.facts().isStatic();
        if (staticField && (guards.lock() == null || !w.method().declaringMethod().facts().isStatic())) {
            return null;
        }
        if (evidence.singleton() && !evidence.usesLocks() && w.context() == ThreadContext.CLIENT) {
            return null;
        }
        if (guardReason != null) {
            return guardReason;
        }
        if (evidence.threadSafe() && !lazyInit(w)) {
            return f.owner().facts().documented() == Contract.SHARED
                    ? "without a lock, in class `" + f.owner().simpleName() + "`, documented to be shared between threads"
                    : "without a lock, in @ThreadSafe class `" + f.owner().simpleName() + "`";
        }
        if (w.context() == ThreadContext.TASK && w.method().facts().dispatch() != Dispatch.PARALLEL
                && spawned(w)) {
            return TASK + "a task that runs on another thread";
        }
        // A plain collection that a started task walks, changed by other threads with no lock at all: the
        // walk fails with ConcurrentModificationException or misses the change (a listener list filled by
        // register() and walked by a dispatch thread).
        if (walkedByTask && w.op() == AccessOp.CALL_WRITE && guards.lock() == null) {
            return WALKED;
        }
        return null;
    }

    /**
     * Whether the write is published by the guard itself: the guard is the object's monitor, every access
     * made without it (this write among them) runs on one thread (a thread or task the program never runs
     * twice at once, or a loop), and right after this write
     * that thread takes the monitor (a synchronized method of the object, or {@code synchronized (this)})
     * with no other access to the field, return or throw between. A reader, who holds the monitor, sees
     * the old value or the new one, as if the write had been made under the monitor a moment later
     * (JCIP 16.1.4, piggybacking on synchronization); with one writer no update is lost.
     */
    private static boolean publishedByGuard(Program program, Summaries summaries, Guards guards, FieldUse w) {
        LogicalThread writer = w.threads().only();
        if (guards.lock() == null || !guards.lock().isThisMonitor() || writer == null || writer.alwaysMany()
                || summaries.threads().startedTwiceAtOnce(w.threads())) {
            return false;
        }
        for (FieldUse u : guards.unguarded()) {
            if (!writer.equals(u.threads().only())) {
                return false;
            }
        }
        MethodInfo m = w.originMethod();
        List<Event> events = m.facts().events();
        int at = w.originEvent();
        if (at >= 0 && !(events.get(at) instanceof Event.FieldAccess fa && fa.kind().isWrite() && fa.path().isOwnField())) {
            at = -1;
        }
        for (int j = at + 1; at >= 0 && j < events.size(); j++) {
            Event e = events.get(j);
            if (e instanceof Event.Return || e instanceof Event.Throw || e instanceof Event.FieldAccess fa
                    && fa.path().isField() && fa.path().lastField().equals(w.field().name())) {
                return false;
            }
            if (e instanceof Event.Acquire a && a.lock() != null && a.lock().isThisMonitor()) {
                return true;
            }
            if (e instanceof Event.Call c && c.receiver().isSelf() && !(c.receiver() instanceof Value.Super)) {
                List<MethodInfo> targets = program.callGraph().targets(m, j);
                if (!targets.isEmpty() && targets.stream().allMatch(t -> !t.facts().isStatic()
                        && Modifiers.has(t.facts().modifiers(), Modifiers.SYNCHRONIZED))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether nothing in the program reads the field, which is only ever assigned (no {@code ++}, no change
     * of what it holds) and is not public: no thread observes which of two racing writes wins, or when.
     */
    private static boolean unread(FieldInfo f, List<FieldUse> uses) {
        return !Modifiers.has(f.facts().modifiers(), Modifiers.PUBLIC) && !uses.isEmpty()
                && uses.stream().allMatch(u -> u.op() == AccessOp.WRITE);
    }

    /**
     * Whether every thread that makes the write is one executor's own thread: an event loop or a
     * single-thread executor, to which the program hands the write so that no other thread makes it.
     */
    private static boolean onOneLoop(FieldUse w) {
        return !w.threads().isEmpty() && !w.threads().more()
                && w.threads().threads().stream().allMatch(LogicalThread::oneExecutor);
    }

    /**
     * Whether the use is a getter's read made only by clients of the API: its method does nothing but
     * read fields and return this one ({@code return readPending;}). A read that acts on what it finds
     * (cancels the task it holds, tests it to decide) is not.
     */
    private static boolean clientRead(FieldUse v) {
        return onlyClients(v) && getterRead(v);
    }

    /** Whether the use is a getter's read: its method does nothing but read fields and return this one. */
    private static boolean getterRead(FieldUse v) {
        if (v.op() != AccessOp.READ) {
            return false;
        }
        boolean returned = false;
        for (Event e : v.originMethod().facts().events()) {
            if (e instanceof Event.Return r && r.value().pathOrNull() != null && r.value().pathOrNull().isOwnField()
                    && r.value().pathOrNull().lastField().equals(v.field().name())) {
                returned = true;
            } else if (!(e instanceof Event.FieldAccess fa && !fa.kind().isWrite())) {
                return false;
            }
        }
        return returned;
    }

    /** Whether the read is the test of a loop in the method where it happens ({@code while (running) ...}). */
    /**
     * Whether the write is followed, in its method and on its path, by putting something into a concurrent
     * queue of the object that the polling loop takes from on each round ({@code finished = true;
     * queuedRequests.add(requestOfDeath);} against {@code while (!finished) { r = queuedRequests.take(); ...}}):
     * the loop's next take returns only after the put, and what it reads after that sees the write.
     */
    private static boolean handedThroughQueue(Program program, FieldUse w, FieldUse read) {
        int at = w.originEvent();
        MethodInfo wm = w.originMethod();
        if (at < 0) {
            return false;
        }
        java.util.List<Event> events = wm.facts().events();
        Event wrote = events.get(at);
        for (int j = at + 1; j < events.size(); j++) {
            if (!(events.get(j) instanceof Event.Call put) || put.guard() != wrote.guard() || put.loop() != wrote.loop()
                    || !program.knowledge().inGroup(NameGroup.COLLECTION_INSERT, put.name())) {
                continue;
            }
            dev.fearless.facts.AccessPath q = put.receiver().pathOrNull();
            FieldInfo queue = q != null && q.isOwnField() && q.fields().size() == 1 ? program.field(wm, q) : null;
            String type = queue == null ? null : program.resolveType(queue.facts().type(), queue.owner());
            if (type != null && program.is(type, TypeTrait.CONCURRENT) && takenInPollingLoop(program, read, q.lastField())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the loop that polls the field blocks taking from the object's queue of that name on each round. */
    private static boolean takenInPollingLoop(Program program, FieldUse read, String queue) {
        MethodInfo m = read.originMethod();
        java.util.List<dev.fearless.facts.Loop> loops = m.facts().loops();
        for (int l = 0; l < loops.size(); l++) {
            boolean polling = false;
            for (dev.fearless.facts.AccessPath p : loops.get(l).conditionReads()) {
                polling |= p.isField() && p.lastField().equals(read.field().name());
            }
            if (!polling) {
                continue;
            }
            for (Event e : m.facts().events()) {
                if (e instanceof Event.Call take && take.loop() == l && take.receiver().pathOrNull() != null
                        && take.receiver().pathOrNull().isOwnField() && take.receiver().pathOrNull().lastField().equals(queue)
                        && program.traits(m, take).contains(MethodTrait.BLOCKING)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean polls(Program program, FieldUse read) {
        int at = read.originEvent();
        if (at >= 0 && read.originMethod().facts().eventAt(at) instanceof Event.FieldAccess fa && fa.path().isField()
                && fa.path().lastField().equals(read.field().name())
                && PolledFields.polledInBody(read.originMethod(), at, fa.path())) {
            return true;
        }
        List<dev.fearless.facts.Loop> loops = read.originMethod().facts().loops();
        for (int l = 0; l < loops.size(); l++) {
            for (dev.fearless.facts.AccessPath p : loops.get(l).conditionReads()) {
                if ((p.isOwnField() || p.isStaticField() || p.isEnclosingField())
                        && p.lastField().equals(read.field().name()) && valueTested(program, read.originMethod(), p, l)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a condition of the method tests the field's value itself ({@code while (running)}, {@code state
     * != STOPPED}): a flag the loop waits to see change, not an object it calls ({@code !shutdown.isDone()}),
     * nor a limit the loop counts up to ({@code received < messageCount}, where loop {@code loop} advances
     * {@code received}): that loop ends by its own count, whatever it sees of the limit.
     */
    private static boolean valueTested(Program program, MethodInfo m, AccessPath p, int loop) {
        for (Guard g : m.facts().guards()) {
            for (Guard.Test t : g.implied()) {
                if (p.equals(t.subject().pathOrNull()) && !(t.kind() == Guard.TestKind.COMPARED
                        && comparedWithCount(program, m, g, p, loop))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether guard {@code g} also compares another value, one that loop {@code loop} changes: a count (a
     * field or local it updates, or an atomic it steps: {@code sentCount.get() < messageCount} with
     * {@code sentCount.incrementAndGet()} in the loop).
     */
    private static boolean comparedWithCount(Program program, MethodInfo m, Guard g,
                                             AccessPath p, int loop) {
        for (Guard.Test t : g.implied()) {
            if (t.kind() != Guard.TestKind.COMPARED) {
                continue;
            }
            AccessPath other = t.subject().pathOrNull();
            if (other != null && !other.equals(p) && changedIn(program, m, other, false, loop)) {
                return true;
            }
            if (t.subject() instanceof Value.CallResult r && m.facts().eventAt(r.eventIndex()) instanceof Event.Call c
                    && program.knowledge().inGroup(NameGroup.ATOMIC_READ, c.name()) && c.receiver().pathOrNull() != null
                    && changedIn(program, m, c.receiver().pathOrNull(), true, loop)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether loop {@code loop} of {@code m} (its body or its update) writes {@code path}, a field or a local,
     * or, when {@code atomic}, steps or sets the atomic it holds.
     */
    private static boolean changedIn(Program program, MethodInfo m, AccessPath path, boolean atomic, int loop) {
        var kb = program.knowledge();
        for (Event e : m.facts().events()) {
            if (!VariableUses.loopWithin(m, loop, e.loop())) {
                continue;
            }
            if (atomic ? e instanceof Event.Call c && path.equals(c.receiver().pathOrNull())
                    && (kb.inGroup(NameGroup.ATOMIC_STEP, c.name()) || kb.inGroup(NameGroup.ATOMIC_UPDATE, c.name()))
                    : e instanceof Event.FieldAccess fa && fa.kind().isWrite() && fa.path().equals(path)
                    || e instanceof Event.LocalAssign la && path.root() == AccessPath.Root.LOCAL && !path.isField()
                    && la.local().equals(path.rootName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the write is to the task object's own state: a field of the class whose method is the task's
     * body (not a lambda's, which works on the objects it captures). Each hand-over gives its own object
     * ({@code new Acceptor(i)} in the loop), so the tasks do not share it, unless one object is handed
     * over twice.
     */
    private static boolean ownState(Program program, FieldUse w) {
        MethodInfo body = w.method();
        return !body.facts().isClosure() && program.isSubtype(body.owner().name(), w.field().owner().name());
    }

    /** Whether the write is the store of a lazy initialization ({@code if (x == null) x = ...}): {@code UnsafeLazyInit}'s. */
    private static boolean lazyInit(FieldUse w) {
        int at = w.originEvent();
        return at >= 0 && w.originMethod().facts().eventAt(at) instanceof Event.FieldAccess fa
                && fa.kind() == Event.AccessKind.WRITE && LazyInits.isLazyInit(w.originMethod(), fa);
    }

    /**
     * Whether tasks or threads the program starts make the write (clients of a class that shows it is
     * shared may make it too). With every call of its method on one object ({@link OneObjectCalls}), the
     * tasks share that object.
     */
    private static boolean byTasks(FieldUse w) {
        return !w.threads().more() && w.threads().threads().stream()
                .anyMatch(t -> t.kind() == LogicalThread.Kind.TASK || t.kind() == LogicalThread.Kind.THREAD);
    }

    /** The clause for a write whose every call in the program holds the field's guard around its entry, or null. */
    private static String underCallersGuard(RuleContext context, Guards guards, FieldUse w) {
        return guards.lock() == null ? null
                : Conflicts.calledUnderGuard(context.program(), context.summaries(), w, List.of(guards.lock()));
    }

    /**
     * Whether only threads the program starts make the write: the entry is a method of the object's API,
     * but no client calls it, only the program's own tasks and threads.
     */
    private static boolean onlyStartedThreads(FieldUse w) {
        return !w.threads().isEmpty() && !w.threads().more() && w.threads().threads().stream().allMatch(ThreadModel::started);
    }

    /**
     * Whether the program itself shares an object of class {@code owner} between threads: one method hands
     * two tasks that both capture the same local holding one ({@code holder} in {@code
     * reloader.scheduleWithFixedDelay(holder::reload, ...); workers.submit(() -> holder.route(p));}).
     */
    private static boolean sharedByTasks(Program program, Summaries summaries, TypeInfo owner) {
        Map<MethodInfo, Map<String, Integer>> captured = new IdentityHashMap<>();
        for (Tasks.Task t : summaries.tasks().all()) {
            for (String name : t.captures()) {
                if (holds(program, t.parent(), name, owner)
                        && captured.computeIfAbsent(t.parent(), k -> new HashMap<>()).merge(name, 1, Integer::sum) > 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether local or parameter {@code name} of {@code m} is declared as class {@code owner} or a subclass. */
    private static boolean holds(Program program, MethodInfo m, String name, TypeInfo owner) {
        String type = program.variableType(m, AccessPath.Root.LOCAL, name).name();
        return type != null && (type.equals(owner.name()) || program.isSubtype(type, owner.name()));
    }

    /** Whether the write is made on a thread the program starts (not only by client threads). */
    private static boolean spawned(FieldUse w) {
        return w.threads().threads().stream().anyMatch(ThreadModel::started);
    }

    private static void report(RuleContext context, FieldUse w, FieldUse other, String reason, Guards guards,
                               boolean tie, boolean getterOnly, boolean flag, String setting, List<FieldUse> alsoFrom) {
        // A write made only as the program or the object starts or stops its work meets the other side only
        // then; not a flag a loop polls to stop: stopping is when its write must be seen.
        MethodInfo phase = reason.equals(POLLED) ? null : Lifecycle.stepOf(context.program(), w);
        String message = Describe.access(w) + (w.op() == AccessOp.UPDATE ? " is updated " : w.op().throughContents()
                ? " changes `" + w.field().name() + "` " : " is written ") + reason
                + Conflicts.reachedFrom(w) + "; " + Conflicts.proof(context.summaries(), w, other)
                + (tie ? "; the monitor is held at only as many of the field's places as not, so it may be held "
                        + "there for another purpose than this field, and only clients of the API make the two accesses"
                        : "")
                + (phase == null ? "" : "; the write is made only as `" + phase.display() + "` starts or stops the "
                        + "object's work, so the other side can meet it only then")
                + (setting == null ? "" : setting);
        String outside = Conflicts.outsideOnly(context.summaries(), w, other);
        if (outside == null) {
            outside = underCallersGuard(context, guards, w);
        }
        if (outside != null) {
            message += outside;
        }
        String deliberate = RaceFields.deliberate(w.field());
        if (deliberate != null) {
            message += deliberate;
        }
        RuleContext.FindingBuilder finding = flag
                ? context.report(w.field().owner(), w.field().facts().pos(), "`" + w.field().name() + "`, neither volatile "
                        + "nor guarded, is written in `" + w.originMethod().display() + "` " + reason + Conflicts.reachedFrom(w)
                        + "; " + Conflicts.proof(context.summaries(), w, other) + "; nothing orders the write before the "
                        + "loop's reads, so it may never see it; make `" + w.field().name() + "` volatile"
                        + (deliberate == null ? "" : deliberate))
                        .related(w.originMethod(), w.origin(), "`" + w.field().name() + "` is written here, without a lock")
                : context.report(w.originMethod(), w.origin(), message);
        if (!w.direct()) {
            finding.related(w.method(), w.site(), Describe.entry(w.method()) + " reaches the write from here, holding no lock");
        }
        for (FieldUse v : alsoFrom) {
            finding.related(v.method(), v.site(), Describe.entry(v.method()) + " also reaches the write from here, holding no lock");
        }
        boolean otherGuarded = guards.lock() != null && Guards.holds(other, guards.lock());
        if (other != w) {
            finding.related(other.originMethod(), other.origin(), Describe.access(other) + (otherGuarded
                    ? " is accessed under `" + Describe.lock(guards.lock()) + "` here"
                    : " is " + (other.op().isWrite() ? "written here" : "read here") + " without a lock")
                    + ", in " + Describe.side(other) + " (the other side)");
        }
        int shown = otherGuarded ? 1 : 0;
        for (FieldUse g : guards.guarded()) {
            if (shown++ == 3) {
                break;
            }
            if (g.originMethod() == other.originMethod() && g.origin().equals(other.origin())) {
                continue;
            }
            finding.related(g.originMethod(), g.origin(), Describe.access(g) + " is accessed under `"
                    + Describe.lock(guards.lock()) + "` here");
        }
        if (tie || getterOnly || phase != null || outside != null || setting != null || deliberate != null) {
            finding.note();
        }
        finding.add();
    }

    /**
     * A note at the loop that polls the field, where the thread hangs when the write is never seen: the
     * race is reported at the write; whoever reads the loop sees it there too.
     */
    private static void notePoll(RuleContext context, FieldUse w, FieldUse poll) {
        context.report(poll.originMethod(), poll.origin(), "this loop polls `" + poll.field().name() + "`, which `"
                        + w.originMethod().display() + "` writes without a lock: nothing orders the write before these "
                        + "reads, so the loop may never see it (reported at the field's declaration); make `"
                        + poll.field().name() + "` volatile")
                .related(w.originMethod(), w.origin(), "`" + w.field().name() + "` is written here")
                .note()
                .add();
    }

    /** Where a write is reported: at the write itself, once however many entries reach it. */
    private static String placeOf(FieldUse w) {
        return "at " + w.originMethod() + "@" + w.origin();
    }

    /** The guard holds for at least as many of the places that touch the field as not. */
    private static boolean majority(Guards guards) {
        int guarded = sites(guards.guarded());
        return guarded >= 1 && guarded >= sites(guards.unguarded());
    }

    /**
     * Whether the guard is weak evidence of a race: it holds at only as many of the field's places as not,
     * it is the object's or the class's monitor (which {@code synchronized} methods take for whatever they
     * do), nothing declares the class shared ({@code @ThreadSafe}, its documentation), and only clients of
     * the API make the two accesses. The monitor may then be held there for something else (an incidental
     * lock, a {@code synchronized} kept from a superclass), and nothing but the API's openness says two
     * threads use one object: a note. A lock held at most of the field's places, a lock kept for the
     * purpose (a lock object, the field's own monitor), a thread the program starts or a class declared
     * shared make it a warning.
     */
    private static boolean weakGuard(Guards guards, Evidence evidence, FieldUse w, FieldUse other) {
        LockRef lock = guards.lock();
        boolean monitor = lock.isThisMonitor() || lock.kind() == LockRef.Kind.CLASS;
        return monitor && sites(guards.guarded()) == sites(guards.unguarded()) && !evidence.threadSafe()
                && onlyClients(w) && onlyClients(other);
    }

    /** Whether only clients of the API make the access (no thread, task, loop or request thread of the program). */
    private static boolean onlyClients(FieldUse u) {
        return !u.threads().more() && u.threads().threads().stream().allMatch(t -> t.kind() == LogicalThread.Kind.CLIENT
                || t.kind() == LogicalThread.Kind.CALLED_CLIENT);
    }

    private static int sites(List<FieldUse> uses) {
        Set<String> distinct = new HashSet<>();
        for (FieldUse u : uses) {
            distinct.add(u.originMethod() + "@" + u.origin());
        }
        return distinct.size();
    }

    private static String count(int n, String what) {
        return String.format(java.util.Locale.ROOT, n == 1 ? "%d %s" : "%d %ses", n, what);
    }
}
