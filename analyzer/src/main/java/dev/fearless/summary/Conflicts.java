package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Contract;
import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.Position;
import dev.fearless.facts.Value;
import dev.fearless.program.CallSite;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The other side of a race: for one use of a field, another use (or the same one, made by two threads
 * at once) that can run at the same time on another logical thread ({@link ThreadModel}), with no lock
 * that excludes both and no happens-before between them (the use comes before the hand-off of the task
 * that makes the other, or after a join of the thread that makes it, or a read after a freeze check and a
 * write before the freeze, {@link Freezes}), neither made while the object is still being built.
 */
public final class Conflicts {

    private Conflicts() {
    }

    /**
     * The use among {@code uses} that races with {@code u} and that {@code wanted} accepts, preferring
     * one made by a logical thread other than {@code u}'s (a witness stronger than one thread that runs
     * twice at once), then one at another place, then one under a lock, then the first; {@code null} when
     * none does.
     */
    public static FieldUse otherSide(Program program, Summaries summaries, FieldUse u, List<FieldUse> uses,
                                     Predicate<FieldUse> wanted) {
        return otherSide(program, summaries, u, uses, wanted, false);
    }

    private static FieldUse otherSide(Program program, Summaries summaries, FieldUse u, List<FieldUse> uses,
                                      Predicate<FieldUse> wanted, boolean updates) {
        FieldUse best = null;
        int bestScore = -1;
        // The best score any use can reach: once a use reaches it, nothing later is preferred, so the search
        // stops there (a field written at thousands of places is then not checked pair by pair).
        int reachable = (uses.stream().anyMatch(v -> !v.held().isEmpty()) ? 3 : 2) + 4;
        for (FieldUse v : uses) {
            if (!wanted.test(v) || !race(program, summaries, u, v, updates)) {
                continue;
            }
            int score = (twoThreads(summaries.threads(), u.threads(), v.threads(), ownState(u)) ? 4 : 0)
                    + (v.origin().equals(u.origin()) && v.originMethod() == u.originMethod() ? 0 : 2)
                    + (v.held().isEmpty() ? 0 : 1);
            if (score > bestScore) {
                best = v;
                bestScore = score;
                if (score == reachable) {
                    break; // nothing can beat it, and the first of equals is kept anyway
                }
            }
        }
        return best;
    }

    /**
     * The race of an access made at one place ({@code pos} in {@code m}, as {@code mine} picks among the
     * field's uses there): the use as some entry makes it and a write of the field that races with it.
     * {@link Race#NONE} when entries reach the place and none of them races; {@code null} when no entry is
     * known to reach it (an access to another object's field, code no entry reaches): nothing is known.
     */
    public static Race at(Program program, Summaries summaries, FieldInfo field, MethodInfo m, Position pos,
                          Predicate<FieldUse> mine) {
        return at(program, summaries, field, m, pos, mine, v -> true, false);
    }

    /** As {@link #at}, with only the writes {@code others} accepts taken for the other side. */
    public static Race at(Program program, Summaries summaries, FieldInfo field, MethodInfo m, Position pos,
                          Predicate<FieldUse> mine, Predicate<FieldUse> others) {
        return at(program, summaries, field, m, pos, mine, others, false);
    }

    /**
     * As {@link #at}, for an update of volatile state: a race needs threads that show two updates meet
     * ({@link ThreadModel#concurrentUpdates}).
     */
    public static Race updateAt(Program program, Summaries summaries, FieldInfo field, MethodInfo m, Position pos,
                                Predicate<FieldUse> mine) {
        return updateAt(program, summaries, field, m, pos, mine, v -> true);
    }

    /** As {@link #updateAt}, with only the writes {@code others} accepts taken for the other side. */
    public static Race updateAt(Program program, Summaries summaries, FieldInfo field, MethodInfo m, Position pos,
                                Predicate<FieldUse> mine, Predicate<FieldUse> others) {
        return at(program, summaries, field, m, pos, mine, others, true);
    }

    private static Race at(Program program, Summaries summaries, FieldInfo field, MethodInfo m, Position pos,
                           Predicate<FieldUse> mine, Predicate<FieldUse> others, boolean updates) {
        List<FieldUse> writes = new ArrayList<>();
        for (FieldUse u : summaries.uses(field)) {
            if (u.op().isWrite()) {
                writes.add(u);
            }
        }
        boolean reached = false;
        boolean exact = summaries.uses(field).stream()
                .anyMatch(u -> u.originMethod() == m && u.origin().equals(pos) && mine.test(u));
        for (FieldUse u : summaries.uses(field)) {
            if (u.originMethod() != m || !mine.test(u)
                    || !(exact ? u.origin().equals(pos) : sameAccess(m, u.origin(), pos))) {
                continue;
            }
            reached = true;
            // The access itself is a candidate too, whatever its op: the act of an atomic's check-then-act
            // (a call its knowledge may not class as a write) races with itself when two threads run it.
            List<FieldUse> candidates = writes.contains(u) ? writes : plus(writes, u);
            FieldUse other = otherSide(program, summaries, u, candidates, others, updates);
            if (other != null) {
                return new Race(u, other);
            }
        }
        return reached ? Race.NONE : null;
    }

    /**
     * Whether the accesses of {@code m} at {@code a} and {@code b} are one to the summaries: the same call on
     * the same path (or the same kind of field access), under the same locks, in the same loop. A method's
     * summary keeps one access of each such kind (the first), so a rule asking about the later one (the
     * second {@code put} of two branches) is answered by the first.
     */
    private static boolean sameAccess(MethodInfo m, Position a, Position b) {
        Event x = accessAt(m, a);
        Event y = accessAt(m, b);
        if (x == null || y == null || !x.held().equals(y.held()) || x.loop() != y.loop()) {
            return false;
        }
        if (x instanceof Event.Call cx && y instanceof Event.Call cy) {
            return cx.name().equals(cy.name()) && cx.receiver().pathOrNull() != null
                    && cx.receiver().pathOrNull().equals(cy.receiver().pathOrNull());
        }
        return x instanceof Event.FieldAccess fx && y instanceof Event.FieldAccess fy && fx.kind() == fy.kind()
                && fx.path().equals(fy.path());
    }

    private static Event accessAt(MethodInfo m, Position pos) {
        for (Event e : m.facts().events()) {
            if (e.pos().equals(pos) && (e instanceof Event.Call || e instanceof Event.FieldAccess)) {
                return e;
            }
        }
        return null;
    }

    private static List<FieldUse> plus(List<FieldUse> uses, FieldUse u) {
        List<FieldUse> result = new ArrayList<>(uses);
        result.add(u);
        return result;
    }

    /** One access and the other side it races with; {@link #NONE} when it races with nothing. */
    public record Race(FieldUse use, FieldUse other) {
        public static final Race NONE = new Race(null, null);
    }

    /**
     * Whether the two uses can run at the same time, with no common lock and no order between them (two
     * runs of a method documented to be called one at a time, or two steps of a cursor's one-consumer
     * protocol, never overlap: {@link RaceFields#serialPair}; an access of a method giving its object back
     * to a pool meets others only in a use after release: {@link Recycling#releasing}).
     */
    public static boolean race(Program program, Summaries summaries, FieldUse u, FieldUse v) {
        return race(program, summaries, u, v, false);
    }

    private static boolean race(Program program, Summaries summaries, FieldUse u, FieldUse v, boolean updates) {
        ThreadModel threads = summaries.threads();
        if (element(v) && elementBase(u) || element(u) && elementBase(v)
                || !meet(program, summaries, u, u.threads(), v, v.threads(), updates)) {
            return false;
        }
        if (twoObjects(program, u, v) || !meetOnOneObject(program, summaries, u, v, updates)
                || RaceFields.serialPair(program, u.method(), v.method())
                || Recycling.releasing(program, u) || Recycling.releasing(program, v)
                || building(summaries, u) || building(summaries, v)
                || commonLock(u, v) || commonCallerLock(summaries, u.method(), v.method())
                || summaries.freezes().ordered(u, v) || Slots.disjoint(program, threads, u, v)
                || summaries.nullLocks().unshared(program, u) || summaries.nullLocks().unshared(program, v)
                || summaries.latchPairs().ordered(program, summaries, u, v)) {
            return false;
        }
        return !(onStartedThreads(v) && Spawns.orderedBefore(program, threads, u, v))
                && !(onStartedThreads(u) && Spawns.orderedBefore(program, threads, v, u))
                && !threads.joinedBefore(u, v) && !threads.joinedBefore(v, u);
    }

    /** Whether the use reads or writes an element of the array the field holds. */
    private static boolean element(FieldUse u) {
        return u.op() == AccessOp.ELEMENT_READ || u.op() == AccessOp.ELEMENT_WRITE;
    }

    /**
     * Whether the use is a read of an array field made only to reach an element of it, in the same access
     * ({@code next} in {@code next[i] = v}): against another element access it is that access that meets
     * or not (two cells, or the same one), which its own use stands for; it still meets a write of the field.
     */
    static boolean elementBase(FieldUse u) {
        MethodInfo m = u.originMethod();
        int at = u.originEvent();
        if (u.op() != AccessOp.READ || m == null || at < 0 || !(m.facts().eventAt(at) instanceof Event.FieldAccess read)) {
            return false;
        }
        for (Event e : m.facts().events()) {
            if (e instanceof Event.FieldAccess fa && (fa.kind() == Event.AccessKind.ELEMENT_READ
                    || fa.kind() == Event.AccessKind.ELEMENT_WRITE) && fa.pos().line() == read.pos().line()
                    && fa.pos().column() == read.pos().column() && fa.pos().contains(read.pos())
                    && fa.path().equals(read.path())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the use is made by tasks, or by a method only threads the program starts call (a method a
     * thread's body calls): what came before their hand-over is visible to them.
     */
    private static boolean onStartedThreads(FieldUse u) {
        return u.context() == ThreadContext.TASK || !u.threads().isEmpty() && !u.threads().more()
                && u.threads().threads().stream().allMatch(ThreadModel::started);
    }

    /**
     * Whether the two uses are of two different objects, told apart by their classes: each entry reaches
     * the field on an object of its own class line ({@link FieldUse#object}), and neither class is the
     * other or below it (an inherited field written by one subclass's method, read by a sibling's).
     */
    static boolean twoObjects(Program program, FieldUse u, FieldUse v) {
        TypeInfo a = madeOn(program, u);
        TypeInfo b = madeOn(program, v);
        return a != null && b != null && a != b && !program.isSubtype(a.name(), b.name())
                && !program.isSubtype(b.name(), a.name());
    }

    /**
     * The class of the object a use is made on, as precisely as the use tells it: the entry's own object
     * ({@link FieldUse#object}), narrowed to the class of the method that makes the access when that is a
     * subclass's instance method reaching the field through its own {@code this} (an override the entry's
     * call of its own hook dispatches to): that code runs only on objects of its class, so the write a
     * mapped manager's hook makes, reached from the base class's method, is no write of a sibling's object.
     */
    static TypeInfo madeOn(Program program, FieldUse u) {
        TypeInfo object = u.object();
        MethodInfo origin = u.originMethod();
        if (object == null || object != u.method().owner() || origin == null || origin.owner() == object
                || origin.facts().isStatic() || origin.facts().isClosure() || origin.owner().isAnonymous()
                || origin.owner().isInterface() || !program.isSubtype(origin.owner().name(), object.name())) {
            return object;
        }
        int at = u.originEvent();
        AccessPath path = at < 0 ? null : Event.touched(origin.facts().events().get(at));
        return path != null && path.isOwnField() ? origin.owner() : object;
    }

    /**
     * Whether a thread that makes {@code u} and one that makes {@code v} can do so on one object: where the
     * calls that reach an inherited method tell the class of the object it runs on, a thread that runs it
     * only on objects of one subclass never meets, on that object, a thread that runs it only on objects of
     * a sibling subclass.
     */
    private static boolean meetOnOneObject(Program program, Summaries summaries, FieldUse u, FieldUse v, boolean updates) {
        TypeInfo uOn = madeOn(program, u);
        TypeInfo vOn = madeOn(program, v);
        if (u.byClass().isEmpty() && v.byClass().isEmpty()) {
            TypeInfo object = lower(program, uOn, vOn);
            return runsOn(program, u, object) && runsOn(program, v, object);
        }
        for (FieldUse.OnClass a : u.onClasses()) {
            for (FieldUse.OnClass b : v.onClasses()) {
                TypeInfo x = lower(program, a.object(), uOn);
                TypeInfo y = lower(program, b.object(), vOn);
                TypeInfo object = lower(program, x, y);
                if (related(program, a.object(), uOn) && related(program, b.object(), vOn) && related(program, x, y)
                        && runsOn(program, u, object) && runsOn(program, v, object)
                        && meet(program, summaries, u, a.threads(), v, b.threads(), updates)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The lower of two classes one of which is the other or below it (either unknown: the other). */
    private static TypeInfo lower(Program program, TypeInfo a, TypeInfo b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return program.isSubtype(a.name(), b.name()) ? a : b;
    }

    /**
     * Whether the use can be made on an object of class {@code object}: its entry can run on it, and so can
     * the method that makes the access on that object (a template method's call of its own hook runs the
     * subclass's override instead, on an object of the subclass).
     */
    private static boolean runsOn(Program program, FieldUse x, TypeInfo object) {
        return entryRunsOn(program, x.method(), object) && entryRunsOn(program, x.originMethod(), object);
    }

    /**
     * Whether entry {@code e} can run on an object of class {@code object}, its own class or one below it:
     * not when a class of that line, below {@code e}'s, overrides it and none calls it through {@code super}
     * (zookeeper's LeaderZooKeeperServer.registerJMX() replaces ZooKeeperServer's): virtual dispatch runs
     * the override on such an object, whoever calls it, the program or a client.
     */
    static boolean entryRunsOn(Program program, MethodInfo e, TypeInfo object) {
        TypeInfo owner = e.owner();
        if (object == null || object == owner || owner.isInterface() || e.facts().isStatic() || e.facts().isClosure()
                || e.facts().isConstructor() || e.facts().isPrivate() || !program.isSubtype(object.name(), owner.name())) {
            return true;
        }
        boolean overridden = false;
        for (TypeInfo t = object; t != null && t != owner && !overridden; t = superclass(program, t)) {
            for (MethodInfo m : t.methodsNamed(e.name())) {
                overridden |= !m.facts().isStatic() && !m.facts().isClosure() && sameParameters(m, e);
            }
        }
        if (!overridden) {
            return true;
        }
        for (TypeInfo t = object; t != null && t != owner; t = superclass(program, t)) {
            for (MethodInfo m : t.methods()) {
                if (callsSuper(m, e)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static TypeInfo superclass(Program program, TypeInfo t) {
        return t.superclass() == null ? null : program.type(t.superclass());
    }

    /** Whether {@code m} calls {@code e}'s name through {@code super} with as many arguments as it takes. */
    private static boolean callsSuper(MethodInfo m, MethodInfo e) {
        for (Event x : m.facts().events()) {
            if (x instanceof Event.Call c && c.receiver() instanceof Value.Super
                    && c.name().equals(e.name()) && c.args().size() == e.facts().params().size()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the two methods take parameters of the same declared types (as written). */
    private static boolean sameParameters(MethodInfo a, MethodInfo b) {
        var x = a.facts().params();
        var y = b.facts().params();
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (!x.get(i).type().simpleName().equals(y.get(i).type().simpleName())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a thread of {@code a} (making {@code u}) and one of {@code b} (making {@code v}) can run at
     * the same time ({@link ThreadModel#concurrent}; for updates of volatile state, only the threads that
     * show a second updater, {@link ThreadModel#updaters}), and, for an object's own state, are not two
     * event loops ({@link #pairMeets}).
     */
    private static boolean meet(Program program, Summaries summaries, FieldUse u, ThreadSet a, FieldUse v, ThreadSet b,
                                boolean updates) {
        ThreadModel model = summaries.threads();
        ThreadSet mine = updates ? ThreadModel.updaters(a, updater(program, summaries, u, v)) : a;
        ThreadSet theirs = updates ? ThreadModel.updaters(b, updater(program, summaries, v, u)) : b;
        ThreadSet held = withoutHolders(program, summaries, u, mine, theirs);
        mine = withoutHolders(program, summaries, v, theirs, mine);
        theirs = held;
        if (!model.concurrent(mine, theirs)) {
            return false;
        }
        boolean own = ownState(u);
        if (own && onOwnThreadObject(program, summaries, u, mine) && onOwnThreadObject(program, summaries, v, theirs)) {
            return false;
        }
        if (!own || mine.more() || theirs.more()) {
            return true;
        }
        for (LogicalThread x : mine.threads()) {
            for (LogicalThread y : theirs.threads()) {
                if (pairMeets(model, x, y, true)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code u} and {@code v} are made on an object that moves from holder to holder, one of them
     * by tasks that carry it and the other by its holders ({@link CallbackHandOffs}): they never meet.
     */
    public static boolean heldInTurn(Program program, Summaries summaries, FieldUse u, FieldUse v) {
        return heldInTurnBy(program, summaries, u, v) || heldInTurnBy(program, summaries, v, u);
    }

    private static boolean heldInTurnBy(Program program, Summaries summaries, FieldUse task, FieldUse holder) {
        TypeInfo object = carried(program, summaries, task, task.threads());
        return object != null && !holder.threads().isEmpty()
                && notHolding(program, summaries, object, holder.threads()).isEmpty();
    }

    /**
     * Whether every write of {@code field} made in {@code writer} is made on an object that moves from
     * holder to holder, in turn with {@code task} ({@link #heldInTurn}); false when no entry is known to
     * reach such a write.
     */
    public static boolean writesHeldInTurn(Program program, Summaries summaries, FieldUse task, MethodInfo writer) {
        boolean any = false;
        for (FieldUse w : summaries.uses(task.field())) {
            if (w.originMethod() == writer && w.op().isWrite()) {
                if (!heldInTurn(program, summaries, task, w)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * The threads of {@code set} that can meet {@code task} on the object it is made on, when every thread
     * of {@code tasks} is a task that carries that object from holder to holder ({@link CallbackHandOffs}):
     * not the object's other holders (client threads, whose callers hold it, and the tasks that carry it).
     */
    private static ThreadSet withoutHolders(Program program, Summaries summaries, FieldUse task, ThreadSet tasks,
                                            ThreadSet set) {
        TypeInfo object = carried(program, summaries, task, tasks);
        return object == null ? set : notHolding(program, summaries, object, set);
    }

    /** The threads of {@code set} that are no holders of objects of {@code object}: neither clients nor its carriers. */
    private static ThreadSet notHolding(Program program, Summaries summaries, TypeInfo object, ThreadSet set) {
        CallbackHandOffs handOffs = summaries.callbackHandOffs();
        return set.filter(t -> t.kind() != LogicalThread.Kind.CLIENT && t.kind() != LogicalThread.Kind.CALLED_CLIENT
                && handOffs.carriedBy(program, summaries.threads(), t) != object);
    }

    /**
     * The class of the object {@code task} is made on, when every thread of {@code tasks} is a task that
     * carries objects of that class and the use is of such an object's own state; {@code null} otherwise.
     */
    private static TypeInfo carried(Program program, Summaries summaries, FieldUse task, ThreadSet tasks) {
        if (task.field().facts().isStatic() || tasks.isEmpty()) {
            return null;
        }
        TypeInfo carried = null;
        for (LogicalThread t : tasks.threads()) {
            TypeInfo c = summaries.callbackHandOffs().carriedBy(program, summaries.threads(), t);
            if (c == null || carried != null && c != carried) {
                return null;
            }
            carried = c;
        }
        TypeInfo field = task.field().owner();
        boolean own = carried == field || program.isSubtype(carried.name(), field.name());
        return own && (task.object() == null || related(program, task.object(), carried)) ? carried : null;
    }

    /**
     * Whether the use is made only by the thread a {@code Thread} subclass's body runs on, on that thread
     * object's own state ({@code this.f} in its {@code run()}): two threads of the class run on two thread
     * objects, so two such uses meet on one object only on one thread.
     */
    static boolean ownThreadObject(FieldUse u, ThreadSet set) {
        return u.object() == u.method().owner() && threadBody(u.method(), set.only());
    }

    /**
     * Whether the use is made only by the thread {@code set} names, a {@code Thread} subclass's, on state
     * that thread alone reaches that way: its own object's, or an object its own object holds for itself
     * ({@link #onOwnThreadObject}).
     */
    private static boolean onOwnThreadObject(Program program, Summaries summaries, FieldUse u, ThreadSet set) {
        return u.object() == u.method().owner() && onOwnThreadObject(program, summaries, u.method(), set.only(), 0);
    }

    /** Whether {@code m} is the body ({@code run()}) of the {@code Thread} subclass whose thread {@code t} is. */
    private static boolean threadBody(MethodInfo m, LogicalThread t) {
        return t != null && t.kind() == LogicalThread.Kind.THREAD && m.name().equals("run")
                && m.facts().params().isEmpty() && t.key().equals(ThreadRoots.threadKey(m.owner()));
    }

    /** Whether the use is of an object's own state, not of state its class shares by all its objects. */
    private static boolean ownState(FieldUse u) {
        return !u.field().facts().isStatic();
    }

    /**
     * Whether threads {@code x} and {@code y} can make two uses at once: two different threads, or one that
     * runs twice at once. Not two event loops on an object's own state: an event loop owns the objects bound
     * to it ({@link LogicalThread.Kind#EVENT_LOOP}), so an object two loops' code uses is one loop's,
     * whichever name each side's code knows the loop by (the channel's {@code eventLoop()}, the executor's
     * own run loop, a task's {@code executor}, the loop of another handler's channel). State of a class,
     * shared by all its objects, is not.
     */
    private static boolean pairMeets(ThreadModel model, LogicalThread x, LogicalThread y, boolean ownState) {
        return model.concurrent(ThreadSet.of(x), ThreadSet.of(y))
                && !(ownState && x.kind() == LogicalThread.Kind.EVENT_LOOP && y.kind() == LogicalThread.Kind.EVENT_LOOP);
    }

    /** Whether an object of class {@code a} can be one of class {@code b} (either unknown: it can). */
    private static boolean related(Program program, TypeInfo a, TypeInfo b) {
        return a == null || b == null || a == b || program.isSubtype(a.name(), b.name())
                || program.isSubtype(b.name(), a.name());
    }

    /** Whether the use is made while its object is still being built (only constructors reach it). */
    static boolean building(Summaries summaries, FieldUse u) {
        return summaries.construction().only(u.originMethod())
                && u.field().facts().isStatic() == u.originMethod().declaringMethod().facts().isStatic();
    }

    /** Whether some lock held at one use excludes some lock held at the other (an unnamed one might). */
    static boolean commonLock(FieldUse u, FieldUse v) {
        for (LockRef a : u.held().locks()) {
            if (a == AccessSummarizer.OPAQUE) {
                return true;
            }
            for (LockRef b : v.held().locks()) {
                if (b == AccessSummarizer.OPAQUE || a.excludes(b) || b.excludes(a)) {
                    return true;
                }
            }
        }
        for (LockRef b : v.held().locks()) {
            if (b == AccessSummarizer.OPAQUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every caller of {@code a} and every caller of {@code b} hold the same lock around the call,
     * even one neither can name (the monitor of the object that calls them on another one).
     */
    private static boolean commonCallerLock(Summaries summaries, MethodInfo a, MethodInfo b) {
        java.util.Set<GlobalLock> mine = summaries.callerLockNodes(a);
        if (mine.isEmpty()) {
            return false;
        }
        java.util.Set<GlobalLock> theirs = a == b ? mine : summaries.callerLockNodes(b);
        return mine.stream().anyMatch(l -> !l.dynamic() && theirs.contains(l));
    }

    /**
     * The proof of a race between {@code u} and {@code v}, for messages: the other access, where it is,
     * the lock it holds, and two logical threads, one making each access, that can meet, and why.
     */
    /**
     * For an access a helper makes, reported where the helper makes it: the entry whose run reaches it
     * with the locks the finding is about, and the line of that entry where the path leaves it
     * (" (reached from `Service.submit()` at line 40)"); empty for an access the entry makes itself.
     */
    public static String reachedFrom(FieldUse u) {
        return u.direct() ? "" : " (reached from " + Describe.entry(u.method()) + " at line " + u.site().line() + ")";
    }

    /**
     * The other entries whose runs make the very access {@code u} reports, reached the same way (for which
     * {@code same} holds: no lock, or not the guard), each once with the place its path leaves it: the
     * finding at the access names every way to it, up to {@code limit}.
     */
    public static List<FieldUse> otherEntries(FieldUse u, List<FieldUse> uses, Predicate<FieldUse> same,
                                              int limit) {
        List<FieldUse> others = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        seen.add(u.method() + "@" + u.site());
        for (FieldUse v : uses) {
            if (others.size() == limit) {
                break;
            }
            if (v.originMethod() == u.originMethod() && v.origin().equals(u.origin()) && v.op() == u.op()
                    && same.test(v) && seen.add(v.method() + "@" + v.site())) {
                others.add(v);
            }
        }
        return others;
    }

    public static String proof(Summaries summaries, FieldUse u, FieldUse v) {
        return proof(summaries, u, u.threads(), v, v.threads());
    }

    /** As {@link #proof}, for a race found by {@link #updateAt}: it names the threads that show it. */
    public static String updateProof(Program program, Summaries summaries, FieldUse u, FieldUse v) {
        return proof(summaries, u, ThreadModel.updaters(u.threads(), updater(program, summaries, u, v)), v,
                ThreadModel.updaters(v.threads(), updater(program, summaries, v, u)));
    }

    /**
     * The class whose own clients count as a second updater of volatile state at {@code u}
     * ({@link ThreadModel#updaters}): the class of the code that makes it; none ({@code null}, all
     * clients count) when the program takes a lock for one of the updates, around the access or around
     * a call of the method that makes it, which says the program expects updates to meet.
     */
    private static TypeInfo updater(Program program, Summaries summaries, FieldUse u, FieldUse other) {
        boolean locked = !u.held().isEmpty() || !other.held().isEmpty()
                || calledUnderLock(program, summaries, u.originMethod())
                || calledUnderLock(program, summaries, other.originMethod());
        return locked ? null : u.originMethod().owner();
    }

    /** Whether some caller of {@code m} in the program holds a lock around the call. */
    private static boolean calledUnderLock(Program program, Summaries summaries, MethodInfo m) {
        for (CallSite s : program.callGraph().callersOf(m)) {
            if (s.caller().facts().eventAt(s.event()) instanceof Event.Call c
                    && !summaries.heldAt(s.caller(), c.held()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static String proof(Summaries summaries, FieldUse u, ThreadSet uThreads, FieldUse v, ThreadSet vThreads) {
        String mine = "`" + u.method().display() + "`";
        ThreadModel model = summaries.threads();
        if (v.originMethod() == u.originMethod() && v.origin().equals(u.origin()) && v.method() == u.method()) {
            return "two threads can run it at once: " + mine + " runs on " + selfPair(model, uThreads);
        }
        String theirs = "`" + v.method().display() + "`";
        String lock = v.held().isEmpty() ? "without a lock" : "under `" + Describe.lock(v.held().locks().get(0)) + "`";
        String what = v.op().isWrite() ? "the write" : "the read";
        String access = v.op().throughContents() ? Describe.access(v) : what + " of `" + v.field().name() + "`";
        LogicalThread[] pair = meeting(model, uThreads, vThreads, ownState(u));
        return "it races with " + access + " in " + Describe.side(v) + " (" + lock + "): " + mine + " runs on "
                + describe(uThreads, pair[0]) + ", " + theirs + " on " + describe(vThreads, pair[1]);
    }

    /**
     * The first thread of {@code a} and of {@code b} that can run at the same time, preferring a pair that
     * shows it by its nature ({@link #strongPair}) to a task or thread that runs twice at once; the first of
     * each when none can.
     */
    private static LogicalThread[] meeting(ThreadModel model, ThreadSet a, ThreadSet b, boolean ownState) {
        LogicalThread[] strong = strongPair(model, a, b, ownState);
        if (strong != null) {
            return strong;
        }
        for (LogicalThread x : a.threads()) {
            for (LogicalThread y : b.threads()) {
                if (pairMeets(model, x, y, ownState)) {
                    return new LogicalThread[] {x, y};
                }
            }
        }
        return new LogicalThread[] {first(a), first(b)};
    }

    /** Whether a thread of {@code a} and one of {@code b} meet by their nature ({@link #strongPair}). */
    private static boolean twoThreads(ThreadModel model, ThreadSet a, ThreadSet b, boolean ownState) {
        return strongPair(model, a, b, ownState) != null;
    }

    /**
     * The first thread of {@code a} and of {@code b} that can run at the same time by their nature: two
     * different threads, or threads that are many at once (clients), not a task or thread that only runs
     * twice at once; {@code null} when there is none.
     */
    private static LogicalThread[] strongPair(ThreadModel model, ThreadSet a, ThreadSet b, boolean ownState) {
        for (LogicalThread x : a.threads()) {
            for (LogicalThread y : b.threads()) {
                if ((!x.same(y) || x.alwaysMany()) && pairMeets(model, x, y, ownState)) {
                    return new LogicalThread[] {x, y};
                }
            }
        }
        return null;
    }

    /** The threads of a self-race: one that runs twice at once, or two different ones. */
    private static String selfPair(ThreadModel model, ThreadSet set) {
        LogicalThread[] pair = meeting(model, set, set, false);
        if (pair[0] == null || pair[0].same(pair[1])) {
            return describe(set, pair[0]);
        }
        return pair[0].description() + " and " + pair[1].description();
    }

    private static LogicalThread first(ThreadSet set) {
        return set.isEmpty() ? null : set.threads().get(0);
    }

    /**
     * The proof that code at {@code pos} in {@code m} on the object at {@code path}, which no field use
     * records, races with itself: the threads that run it can run it twice at once, outside construction
     * (a constructor writing a static field is not: other constructions run beside it); {@code null} when
     * they cannot. State of {@code m}'s own object is reached only by the threads that
     * run {@code m} on an object others can reach ({@link SharedThreads}), and a lock every caller holds
     * around the call (even one of an object {@code m} cannot name, such as the monitor of the object that
     * calls it) lets one run at a time. A thread's own object is used by that thread alone
     * ({@code onOwnThreadObject}).
     */
    public static String selfRace(Program program, Summaries summaries, MethodInfo m, Position pos, AccessPath path) {
        return selfRace(program, summaries, m, pos, path, false);
    }

    /** As {@link #selfRace}, for an update of volatile state ({@link #updateAt}). */
    public static String selfUpdateRace(Program program, Summaries summaries, MethodInfo m, Position pos,
                                        AccessPath path) {
        return selfRace(program, summaries, m, pos, path, true);
    }

    private static String selfRace(Program program, Summaries summaries, MethodInfo m, Position pos, AccessPath path,
                                   boolean updates) {
        ThreadSet set = path.root() == AccessPath.Root.THIS ? summaries.sharedThreadsAt(m, pos)
                : summaries.threads().threadsAt(m, pos);
        if (updates) {
            set = ThreadModel.updaters(set, calledUnderLock(program, summaries, m) ? null : m.owner());
        }
        // Construction keeps the new object's own state private, not the state of its class.
        boolean building = summaries.construction().only(m) && path.root() != AccessPath.Root.STATIC;
        if (!summaries.threads().concurrent(set, set) || building || commonCallerLock(summaries, m, m)
                || path.root() == AccessPath.Root.THIS && onOwnThreadObject(program, summaries, m, set.only(), 0)) {
            return null;
        }
        return "two threads can run it at once: `" + m.display() + "` runs on " + selfPair(summaries.threads(), set);
    }

    /** How many calls on the caller's own object are followed back to a thread's body. */
    private static final int OWN_THREAD_DEPTH = 3;

    /**
     * Whether {@code m} runs only on the thread object {@code t} is, a {@code Thread} subclass's body, or on
     * an object that thread object holds for itself: it is that body ({@code run()}), or every call of it in
     * the program is made, by such a method, on the caller's own object or on an object a field of the
     * caller's own object holds, whose every value is made for that object alone ({@link OwnerMadeFields}:
     * {@code election().lookForLeader()}, the election the peer made for itself). Each thread of the class
     * runs on its own object, so that state is used by that one thread, however many threads of the class run.
     */
    private static boolean onOwnThreadObject(Program program, Summaries summaries, MethodInfo m, LogicalThread t,
                                             int depth) {
        if (t == null || t.kind() != LogicalThread.Kind.THREAD && t.kind() != LogicalThread.Kind.TASK
                || m.facts().isStatic() || m.facts().isClosure()) {
            return false;
        }
        if (m.name().equals("run") && m.facts().params().isEmpty()) {
            return threadBody(m, t) || ownTaskObject(program, summaries, m, t);
        }
        List<CallSite> callers = program.callGraph().callersOf(m);
        if (callers.isEmpty() || depth >= OWN_THREAD_DEPTH) {
            return false;
        }
        for (CallSite s : callers) {
            if (!(s.caller().facts().eventAt(s.event()) instanceof Event.Call call)
                    || !Construction.ownObjectCall(program, s.caller(), call, m)
                    && !onOwnerMadeField(program, summaries, s.caller(), call.receiver())
                    || !onOwnThreadObject(program, summaries, s.caller(), t, depth + 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether every hand-over of the task {@code t} gives it an object of {@code body}'s class of its own:
     * one made for that hand-over ({@code new Worker()}, or a local only ever holding one, handed over once),
     * or one a final field of the object a constructor hands it from, once, holds for that object alone
     * ({@code this.worker = new Worker(...); factory.newThread(worker)}: each object is constructed once).
     * Each task then runs on its own object, however many of them run.
     */
    private static boolean ownTaskObject(Program program, Summaries summaries, MethodInfo body, LogicalThread t) {
        List<ThreadRoots.Spawn> spawns = summaries.threads().spawnsOf(t);
        if (spawns.isEmpty()) {
            return false;
        }
        for (ThreadRoots.Spawn s : spawns) {
            if (!handsOwnObject(program, summaries, s.parent(), s.event(), s.inLoop(), body.owner())) {
                return false;
            }
        }
        return true;
    }

    private static boolean handsOwnObject(Program program, Summaries summaries, MethodInfo parent, int event,
                                          boolean inLoop, TypeInfo type) {
        Event e = parent.facts().eventAt(event);
        List<Value> handed = e instanceof Event.Call c ? c.args() : e instanceof Event.NewObject n ? n.args() : List.of();
        boolean any = false;
        for (Value v : handed) {
            Value made = v;
            AccessPath p = v.pathOrNull();
            if (p != null && p.root() == AccessPath.Root.LOCAL && !p.isField()) {
                made = parent.facts().onlyAssignment(p.rootName());
            }
            if (made instanceof Value.NewValue n && (made == v || !inLoop)) {
                String t = n.anonymousType().isEmpty() ? program.resolveType(n.type(), parent.owner()) : n.anonymousType();
                any |= type.name().equals(t);
                continue;
            }
            FieldInfo f = p != null && p.isOwnField() && p.fields().size() == 1 ? program.field(parent, p) : null;
            String declared = program.staticType(parent, v).name();
            boolean ofType = declared != null && (declared.equals(type.name()) || program.isSubtype(type.name(), declared));
            if (!ofType) {
                continue;
            }
            if (f == null || inLoop || !f.facts().isFinal() || !parent.facts().isInitialization()
                    || !summaries.ownerMadeFields().ownerMade(program, f)) {
                return false; // an object of the class that may be handed over more than once
            }
            any = true;
        }
        return any;
    }

    /**
     * Whether {@code receiver}, in {@code m}, is an object a field of {@code m}'s own object holds for that
     * object alone ({@link OwnerMadeFields}): the field itself, or the result of a getter of its own object
     * that returns only that field.
     */
    private static boolean onOwnerMadeField(Program program, Summaries summaries, MethodInfo m, Value receiver) {
        if (m.facts().isStatic()) {
            return false;
        }
        AccessPath p = receiver.pathOrNull();
        String field = p != null && p.isOwnField() ? p.lastField() : null;
        MethodInfo holder = m;
        if (field == null && receiver instanceof Value.CallResult cr
                && m.facts().eventAt(cr.eventIndex()) instanceof Event.Call get) {
            List<MethodInfo> getters = program.callGraph().targets(m, cr.eventIndex());
            for (MethodInfo g : getters) {
                String returned = returnedOwnField(g);
                if (returned == null || g.facts().isStatic() || !Construction.ownObjectCall(program, m, get, g)
                        || field != null && !field.equals(returned)) {
                    return false;
                }
                field = returned;
                holder = g;
            }
        }
        FieldInfo f = field == null ? null : program.field(holder, AccessPath.THIS_PATH.plus(field));
        return f != null && summaries.ownerMadeFields().ownerMade(program, f);
    }

    /** The own field every return of {@code m} gives as it is, or {@code null}. */
    private static String returnedOwnField(MethodInfo m) {
        String field = null;
        for (Event e : m.facts().events()) {
            if (e instanceof Event.Return r) {
                AccessPath p = r.value().pathOrNull();
                if (p == null || !p.isOwnField() || field != null && !field.equals(p.lastField())) {
                    return null;
                }
                field = p.lastField();
            }
        }
        return field;
    }

    /**
     * For a race whose two sides are made only by client threads calling methods that nothing in the
     * program calls (the class's API, left to outside code), in a class not annotated or documented
     * thread-safe (which invites clients to call it at once): the clause that says so, for a note. The
     * program never shows the two meeting: it may use the object through other methods, or from one owner,
     * and only outside code calling both at once makes the race. {@code null} otherwise.
     */
    public static String outsideOnly(Summaries summaries, FieldUse u, FieldUse v) {
        TypeInfo owner = u.field().owner();
        if (!onlyOutsideClients(u.threads()) || !onlyOutsideClients(v.threads())
                || summaries.evidence(owner).threadSafe() || owner.facts().documented() == Contract.THREAD_SAFE) {
            return null;
        }
        String mine = "`" + u.method().display() + "`";
        String theirs = "`" + v.method().display() + "`";
        Set<String> callers = new TreeSet<>();
        u.threads().threads().forEach(t -> callers.add(simpleName(t.key())));
        v.threads().threads().forEach(t -> callers.add(simpleName(t.key())));
        if (!callers.equals(new TreeSet<>(List.of(u.method().owner().simpleName(), v.method().owner().simpleName())))) {
            // reached from methods of other classes, which nothing in the program calls
            return "; nothing in the program calls the methods of `" + String.join("` or `", callers) + "` that lead to "
                    + (mine.equals(theirs) ? mine : mine + " and " + theirs)
                    + ": the race needs code outside it to call them at once";
        }
        return mine.equals(theirs)
                ? "; nothing in the program calls " + mine + ": the race needs code outside it to call it twice at once"
                : "; nothing in the program calls " + mine + " or " + theirs + ": the race needs code outside it to call "
                        + "both at once";
    }

    /**
     * For an access made by an entry code outside the program can call ({@link Api}), when every call of
     * that entry in the program is made by another object holding one of {@code guards} around it (client-side
     * locking: callers lock the object before they use it, as an interface's contract may ask): the clause
     * that says so, for a note. The program keeps the protocol; only code outside it that calls the method
     * without the lock races. {@code null} otherwise, and when the object itself calls the method under its
     * own lock (a public helper of a locked method: nothing tells clients to lock).
     */
    public static String calledUnderGuard(Program program, Summaries summaries, FieldUse u,
                                          java.util.Collection<LockRef> guards) {
        MethodInfo entry = u.method();
        List<CallSite> calls = program.callGraph().callersOf(entry);
        for (CallSite s : calls) {
            if (!(s.caller().facts().events().get(s.event()) instanceof Event.Call call) || call.receiver().isSelf()) {
                return null; // the object's own call under its own lock says nothing of what its clients must do
            }
        }
        for (LockRef l : summaries.programCallerLocks(entry).locks()) {
            LockRef named = FieldUses.relative(program, l, entry, u.field().owner());
            if (guards.contains(named)) {
                CallSite first = calls.get(0);
                return "; every call of `" + entry.display() + "` in the program holds `" + Describe.lock(named)
                        + "` around it (as in `" + first.caller().display() + "`): the race needs code outside the "
                        + "program to call it without that lock";
            }
        }
        return null;
    }

    /** The simple name of a type, or of the type a client thread's key names. */
    private static String simpleName(String name) {
        return name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1);
    }

    private static boolean onlyOutsideClients(ThreadSet set) {
        return !set.more() && !set.threads().isEmpty()
                && set.threads().stream().allMatch(t -> t.kind() == LogicalThread.Kind.CLIENT);
    }

    /** Which threads make the use, and why, for messages: {@code client threads calling `Cache`}. */
    public static String threads(FieldUse u) {
        return describe(u.threads());
    }

    private static String describe(ThreadSet set) {
        return describe(set, first(set));
    }

    /** {@code named}, one of {@code set}'s threads, for messages, noting when the set has others. */
    private static String describe(ThreadSet set, LogicalThread named) {
        if (named == null) {
            return "no thread";
        }
        return set.threads().size() > 1 || set.more() ? named.description() + " (among others)" : named.description();
    }
}
