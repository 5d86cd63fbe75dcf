package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.CatchClause;
import dev.fearless.facts.Event;
import dev.fearless.facts.Guard;
import dev.fearless.facts.Loop;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.program.CallSite;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Happens-before through {@code Thread.join()}: everything a thread did is visible to the thread that
 * joined it once the join returns. A use made after an untimed join of the field that holds the only
 * thread running the other use (started at one place, once) is ordered after all of that thread's
 * uses ({@code stop() { running = false; worker.join(); appender = null; }}), as is one made where a test
 * found that thread no longer alive.
 */
final class Joins {

    private final Program program;
    private final ThreadModel threads;
    /** The field that alone holds the thread started at each spawn, or none. */
    private final Map<ThreadRoots.Spawn, Optional<FieldInfo>> holders = new ConcurrentHashMap<>();
    private Map<String, List<Write>> writesByName;

    Joins(Program program, ThreadModel threads) {
        this.program = program;
        this.threads = threads;
    }

    /** Whether {@code after} comes after a join of every thread that makes {@code task}. */
    boolean joinedBefore(FieldUse task, FieldUse after) {
        if (joinedSelf(task, after)) {
            return true;
        }
        List<LogicalThread> running = task.threads().threads();
        if (running.isEmpty() || task.threads().more()) {
            return false;
        }
        for (LogicalThread t : running) {
            FieldInfo holder = holder(t);
            if ((holder == null || !joinsBefore(after, holder)) && !joinedLocally(t, after)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether every place that starts {@code t} is in the method of {@code after}, not in a loop, and
     * joins the local holding that thread before it ({@code a.start(); b.start(); a.join(); b.join();
     * return count;}); for a task handed to an executor (and for a single-thread executor's thread, every
     * place that hands it a task), each task's future waited for untimed
     * ({@code Future<?> done = loader.submit(this::loadAll); done.get();}).
     */
    private boolean joinedLocally(LogicalThread t, FieldUse after) {
        // a one-thread executor's thread runs only the tasks handed to it at its spawns: joined when each is
        if (t.kind() != LogicalThread.Kind.TASK && t.kind() != LogicalThread.Kind.THREAD && t.kind() != LogicalThread.Kind.LOOP) {
            return false;
        }
        List<ThreadRoots.Spawn> spawns = threads.spawnsOf(t);
        if (spawns.isEmpty()) {
            return false;
        }
        MethodInfo m = after.method();
        int site = siteOf(after);
        if (site < 0) {
            return false;
        }
        if (spawns.get(0).parent() != m) {
            // the access is in a method the spawning method alone calls, after its joins ({@code
            // for (Thread t : threads) t.join(); return acc.describe();})
            MethodInfo parent = spawns.get(0).parent();
            List<CallSite> callers = program.callGraph().callersOf(m);
            return !callers.isEmpty() && callers.stream().allMatch(c -> c.caller() == parent
                    && joinedAt(t, spawns, parent, c.event()));
        }
        return joinedAt(t, spawns, m, site);
    }

    /** Whether every spawn of {@code t} is in {@code m} and joined before its event {@code site}. */
    private boolean joinedAt(LogicalThread t, List<ThreadRoots.Spawn> spawns, MethodInfo m, int site) {
        Event at = m.facts().events().get(site);
        for (ThreadRoots.Spawn s : spawns) {
            if (s.parent() != m || s.event() >= site) {
                return false;
            }
            if (waitsForIt(m, s.event())) {
                continue; // pool.invoke(task), executor.invokeAll(tasks): the hand-over returns once they are done
            }
            if (s.inLoop()) {
                if (!joinsEachCollected(m, s.event(), site, at)) {
                    return false;
                }
                continue;
            }
            String local = ThreadModel.threadLocal(m, s.event());
            if (local == null && (t.kind() == LogicalThread.Kind.LOOP || t.kind() == LogicalThread.Kind.TASK)) {
                local = resultLocal(m, s.event());
            }
            if (local == null || !joinsLocal(m, local, s.event(), site, at)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the hand-over at event {@code spawn} of {@code m} itself waits, untimed, until what it hands over is done. */
    private boolean waitsForIt(MethodInfo m, int spawn) {
        if (!(m.facts().eventAt(spawn) instanceof Event.Call call)) {
            return false;
        }
        var traits = program.traits(m, call);
        return traits.contains(MethodTrait.AWAITS_ALL) && !traits.contains(MethodTrait.TIMED);
    }

    /**
     * Whether a loop that hands over threads collects each one's handle in a local list ({@code
     * threads.add(t)} after {@code t.start()}, {@code futures.add(pool.submit(task))}), and a loop over
     * that list after it, before {@code site}, joins every element untimed ({@code for (Future<?> f :
     * futures) f.get();}): then every run the loop started happens before the site.
     */
    private boolean joinsEachCollected(MethodInfo m, int spawn, int site, Event at) {
        List<Event> events = m.facts().events();
        int loop = events.get(spawn).loop();
        String thread = ThreadModel.threadLocal(m, spawn);
        Value handle = thread != null ? new Value.PathValue(AccessPath.root(AccessPath.Root.LOCAL, thread)) : new Value.CallResult(spawn);
        String list = null;
        for (int i = 0; i < site && list == null; i++) {
            if (events.get(i) instanceof Event.Call add && add.loop() == loop && add.args().size() == 1
                    && handle.equals(add.args().get(0)) && program.knowledge().inGroup(NameGroup.COLLECTION_INSERT, add.name())) {
                AccessPath p = add.receiver().pathOrNull();
                list = p != null && !p.isField() && p.root() == AccessPath.Root.LOCAL ? p.rootName() : null;
            }
        }
        Value element = list != null ? new Value.Element(new Value.PathValue(AccessPath.root(AccessPath.Root.LOCAL, list)))
                : startedFromArray(m, spawn, loop);
        if (element == null) {
            return false;
        }
        for (int j = spawn + 1; j < site; j++) {
            if (!(events.get(j) instanceof Event.LocalAssign each) || !element.equals(each.value()) || each.loop() == loop
                    || each.loop() < 0 || m.facts().loops().get(each.loop()).kind() != Loop.Kind.FOR_EACH) {
                continue;
            }
            for (int k = j + 1; k < site; k++) {
                if (events.get(k) instanceof Event.Call join && join.loop() == each.loop() && join.args().isEmpty()
                        && program.traits(m, join).contains(MethodTrait.JOIN)
                        && new Value.PathValue(AccessPath.root(AccessPath.Root.LOCAL, each.local())).equals(join.receiver())
                        && encloses(m, join.guard(), at.guard())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The element of an array the thread made at {@code spawn} is started through, in the loop that makes
     * it ({@code workers[t] = new Thread(...); workers[t].start();}), or {@code null}: a later loop over
     * that array that joins each element joins every thread the loop started.
     */
    private Value startedFromArray(MethodInfo m, int spawn, int loop) {
        List<Event> events = m.facts().events();
        for (int i = spawn; i < events.size() && events.get(i).loop() == loop; i++) {
            if (events.get(i) instanceof Event.Call start && start.receiver() instanceof Value.Element element
                    && element.of().pathOrNull() != null && program.traits(m, start).contains(MethodTrait.STARTS)) {
                return element;
            }
        }
        return null;
    }

    /** The local the result of the hand-over at {@code spawn} is kept in (the task's future), or {@code null}. */
    static String resultLocal(MethodInfo m, int spawn) {
        List<Event> events = m.facts().events();
        for (int i = spawn + 1; i < events.size(); i++) {
            if (events.get(i) instanceof Event.LocalAssign la && la.value() instanceof Value.CallResult cr
                    && cr.eventIndex() == spawn) {
                return la.local();
            }
        }
        return null;
    }

    /**
     * Whether an untimed join of the local thread comes between {@code from} and {@code site}, on every path to
     * the site: a join, or a call of the thread's own method that joins it ({@code daemon.shutdownAndWait()}).
     */
    private boolean joinsLocal(MethodInfo m, String local, int from, int site, Event at) {
        List<Event> events = m.facts().events();
        for (int j = from + 1; j < site; j++) {
            if (events.get(j) instanceof Event.Call join
                    && join.receiver().pathOrNull() != null && !join.receiver().pathOrNull().isField()
                    && join.receiver().pathOrNull().root() == AccessPath.Root.LOCAL
                    && join.receiver().pathOrNull().rootName().equals(local)
                    && (join.args().isEmpty() && program.traits(m, join).contains(MethodTrait.JOIN) || joinsReceiver(m, j))
                    && (join.loop() < 0 || join.loop() == at.loop()) && encloses(m, join.guard(), at.guard())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the call at event {@code index} of {@code m} runs only program methods that join the thread
     * they are called on before they return: an untimed {@code join()} of their own object, made on every
     * path (not under a condition, in a loop or in a try that may catch its interruption and go on).
     */
    private boolean joinsReceiver(MethodInfo m, int index) {
        List<MethodInfo> targets = program.callGraph().targets(m, index);
        return !targets.isEmpty() && targets.stream().allMatch(this::joinsItself);
    }

    private boolean joinsItself(MethodInfo t) {
        if (t.facts().isStatic() || t.facts().isClosure() || CallTargetFinder.abstractMethod(t)) {
            return false;
        }
        List<Event> events = t.facts().events();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof Event.Return) {
                return false;
            }
            if (events.get(i) instanceof Event.Call join && join.args().isEmpty() && join.guard() < 0 && join.loop() < 0
                    && (join.receiver() instanceof Value.Implicit || join.receiver().pathOrNull() != null
                    && join.receiver().pathOrNull().isThis())
                    && program.traits(t, join).contains(MethodTrait.JOIN) && !t.facts().inTry(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code task} is a {@code Thread} subclass's own {@code run()} on its own state and
     * {@code after} is made on that object, in a method of the class, after an untimed join of the thread
     * object itself ({@code this.join(); this.flush();} in its {@code shutdown()}): the run has ended. A
     * join in a try counts only for uses in that same try body, which its interruption skips.
     */
    private boolean joinedSelf(FieldUse task, FieldUse after) {
        if (!Conflicts.ownThreadObject(task, task.threads())) {
            return false;
        }
        TypeInfo body = task.method().owner();
        MethodInfo m = after.method();
        if (after.object() != m.owner() || m.owner() != body && !program.isSubtype(m.owner().name(), body.name())) {
            return false;
        }
        int site = siteOf(after);
        if (site < 0) {
            return false;
        }
        Event at = m.facts().events().get(site);
        for (int j = 0; j < site; j++) {
            if (m.facts().events().get(j) instanceof Event.Call join && join.args().isEmpty()
                    && (join.receiver() instanceof Value.Implicit || join.receiver().pathOrNull() != null
                    && join.receiver().pathOrNull().isThis())
                    && program.traits(m, join).contains(MethodTrait.JOIN) && join.loop() < 0
                    && encloses(m, join.guard(), at.guard()) && sameTry(m, j, site)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every try around event {@code join} also holds {@code site} in its body (a caught failure skips both). */
    private static boolean sameTry(MethodInfo m, int join, int site) {
        for (CatchClause c : m.facts().catches()) {
            if (c.tryStart() <= join && join < c.tryEnd() && !(c.tryStart() <= site && site < c.tryEnd())) {
                return false;
            }
        }
        return true;
    }

    /** The index of the event where the use happens in its entry method, or -1. */
    private static int siteOf(FieldUse use) {
        List<Event> events = use.method().facts().events();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).pos().equals(use.site())) {
                return i;
            }
        }
        return -1;
    }

    /** The field that holds the one thread {@code t} is, when it is started at one place, once at a time. */
    private FieldInfo holder(LogicalThread t) {
        if (t.kind() != LogicalThread.Kind.TASK && t.kind() != LogicalThread.Kind.THREAD || threads.many(t)) {
            return null;
        }
        List<ThreadRoots.Spawn> spawns = threads.spawnsOf(t);
        if (spawns.size() != 1) {
            return null;
        }
        ThreadRoots.Spawn s = spawns.get(0);
        return holders.computeIfAbsent(s, this::findHolder).orElse(null);
    }

    private Optional<FieldInfo> findHolder(ThreadRoots.Spawn s) {
        MethodInfo m = s.parent();
        Event e = m.facts().eventAt(s.event());
        if (e instanceof Event.Call call && program.traits(m, call).contains(MethodTrait.STARTS)) {
            // thread.start(): the field must hold that one thread object, ever.
            FieldInfo field = ownField(m, call.receiver());
            return field != null && writes(field, null, -1) <= 1 ? Optional.of(field) : Optional.empty();
        }
        // The thread made here (a thread factory's newThread(task)) and kept in a field holding nothing else.
        FieldInfo field = storedIn(m, s.event());
        return field != null && writes(field, m, s.event()) == 0 ? Optional.of(field) : Optional.empty();
    }

    /** The own field the thread made at event {@code index} of {@code m} is stored in, or null. */
    private FieldInfo storedIn(MethodInfo m, int index) {
        List<Event> events = m.facts().events();
        for (Event e : events) {
            if (e instanceof Event.FieldAccess fa && fa.kind().isWrite() && fa.path().isOwnField()
                    && made(fa.value(), index)) {
                return program.field(m, fa.path());
            }
        }
        for (FieldInfo f : m.owner().fields()) {
            if (initializedBy(f, m, index)) {
                return f;
            }
        }
        return null;
    }

    /** Whether {@code f}'s initializer is the value made at event {@code index} of {@code m}, its class's initializer. */
    private static boolean initializedBy(FieldInfo f, MethodInfo m, int index) {
        return Initializers.of(f) == m && made(f.facts().initializer(), index);
    }

    private static boolean made(Value v, int index) {
        return v instanceof Value.CallResult cr && cr.eventIndex() == index
                || v instanceof Value.NewValue nv && nv.eventIndex() == index;
    }

    /**
     * How many times the program assigns {@code field}, its initializer included, leaving out the store
     * of the thread made at event {@code index} of {@code maker}.
     */
    private int writes(FieldInfo field, MethodInfo maker, int index) {
        int count = field.facts().initializer() instanceof Value.Absent
                || maker != null && initializedBy(field, maker, index) ? 0 : 1;
        for (Write w : writesNamed().getOrDefault(field.name(), List.of())) {
            if (program.field(w.method(), w.access().path()) == field && !(w.method() == maker && made(w.access().value(), index))) {
                count++;
            }
        }
        return count;
    }

    /** A write of a field, in the method that makes it. */
    private record Write(MethodInfo method, Event.FieldAccess access) {
    }

    /** Every field write of the program, by the field's name: built once, on the first question. */
    private synchronized Map<String, List<Write>> writesNamed() {
        if (writesByName == null) {
            Map<String, List<Write>> byName = new HashMap<>();
            for (MethodInfo m : program.methods()) {
                for (Event e : m.facts().events()) {
                    if (e instanceof Event.FieldAccess fa && fa.kind().isWrite() && fa.path().isField()) {
                        byName.computeIfAbsent(fa.path().lastField(), k -> new ArrayList<>()).add(new Write(m, fa));
                    }
                }
            }
            writesByName = byName;
        }
        return writesByName;
    }

    /**
     * Whether the entry of {@code use} joins the thread in {@code holder} (an untimed join of its own
     * field) before the use, on every path to it: not under a condition or in a loop the use is not in.
     */
    private boolean joinsBefore(FieldUse use, FieldInfo holder) {
        MethodInfo m = use.method();
        List<Event> events = m.facts().events();
        int site = siteOf(use);
        if (site < 0) {
            return false;
        }
        Event at = events.get(site);
        if (seenEnded(m, holder, at)) {
            return true;
        }
        for (int j = 0; j < site; j++) {
            if (events.get(j) instanceof Event.Call join && join.args().isEmpty()
                    && program.traits(m, join).contains(MethodTrait.JOIN)
                    && ownField(m, join.receiver()) == holder
                    && (join.loop() < 0 || join.loop() == at.loop()) && encloses(m, join.guard(), at.guard())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code at} runs only where a test of its own method found the thread in {@code holder} no longer
     * alive ({@code worker.join(timeout); if (worker.isAlive()) throw ...;}): detecting that a thread has
     * ended synchronizes with its end (JLS 17.4.4), as a join does.
     */
    private boolean seenEnded(MethodInfo m, FieldInfo holder, Event at) {
        List<Guard> guards = m.facts().guards();
        for (int g = at.guard(); g >= 0 && g < guards.size(); g = guards.get(g).parent()) {
            for (Guard.Test t : guards.get(g).implied()) {
                if (t.kind() == Guard.TestKind.IS_FALSE && t.subject() instanceof Value.CallResult cr
                        && m.facts().eventAt(cr.eventIndex()) instanceof Event.Call alive
                        && program.traits(m, alive).contains(MethodTrait.ALIVE_QUERY)
                        && ownField(m, alive.receiver()) == holder) {
                    return true;
                }
            }
        }
        return false;
    }

    private FieldInfo ownField(MethodInfo m, Value v) {
        AccessPath p = v.pathOrNull();
        return p != null && p.isOwnField() ? program.field(m, p) : null;
    }

    /** Whether guard {@code outer} is {@code inner} or one of its enclosing guards (-1 encloses all). */
    private static boolean encloses(MethodInfo m, int outer, int inner) {
        List<Guard> guards = m.facts().guards();
        for (int g = inner; ; g = guards.get(g).parent()) {
            if (g == outer) {
                return true;
            }
            if (g < 0 || g >= guards.size()) {
                return false;
            }
        }
    }
}
