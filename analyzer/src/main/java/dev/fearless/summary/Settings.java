package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.program.CallSite;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The settings of objects: fields that, once the object is built, only setters write, each storing the
 * value it is given ({@code this.bufferSize = size}), and that the program sets only while it sets an
 * object up (on an object it has just made and not yet shared, in a constructor, or as the program or the
 * object starts its work), only while it holds the lock that its own reads of the field hold, or never
 * (they are for its users). The class follows the JavaBeans convention:
 * an object is configured, then shared or started; a thread that reads a setting meets a setter only when
 * some user reconfigures an object already at work, which the program itself never does.
 *
 * <p>Not a setting: a field the object's own work writes too (a flag its thread sets, a lazily made
 * value), one written through its contents or updated in place, and one whose setter the program calls
 * while it runs (from a task, an event handler, any method that is not a set-up step). A plain setter
 * the program calls only to set objects up makes a setting's write even in a field its object's work
 * writes too ({@link #setterOf}): that one write meets others only when a user reconfigures an object at
 * work, and the work's own writes are judged as themselves.
 */
public final class Settings {

    private final FreshReceivers fresh;
    private final CallerLocks.Held callers;
    private final Map<FieldInfo, Boolean> settings = new ConcurrentHashMap<>();
    private final Map<SetterOfField, Boolean> setUpSetters = new ConcurrentHashMap<>();

    /** A setter, and the field whose reads decide whether the locks its callers hold are theirs. */
    private record SetterOfField(MethodInfo setter, FieldInfo field) {
    }

    /** {@code callers}: the locks every call of a method in the program holds. */
    Settings(ThreadModel threads, CallerLocks.Held callers) {
        this.fresh = threads.freshReceivers();
        this.callers = callers;
    }

    /**
     * The setter that makes the write {@code w}, when the write is a setting's ({@code uses} are all the
     * field's uses): a plain setter makes it, that the program calls only while it sets an object up, or
     * holding the lock its own reads of the field hold, or not at all. Other writes of the field (a value
     * the object makes itself on first use, under its lock) are judged as themselves; this one meets
     * another thread only when a user reconfigures an object already at work. {@code null} otherwise.
     */
    public MethodInfo setterOf(Program program, FieldUse w, List<FieldUse> uses) {
        MethodInfo setter = storesArgument(w);
        if (setter == null || w.field().facts().isStatic()) {
            return null;
        }
        boolean setUp = setUpSetters.computeIfAbsent(new SetterOfField(setter, w.field()),
                k -> plain(program, setter) && (calledOnlyToSetUp(program, setter) || calledOnlyUnderReadGuard(program, setter, uses)));
        return setUp ? setter : null;
    }

    /**
     * The clause that says why a race with the write of {@code setter}, a setting's ({@link #setterOf}), is
     * a note; it says so of the whole field when only such setters write it once its object is built.
     */
    public String clause(Program program, FieldInfo f, MethodInfo setter, List<FieldUse> uses) {
        boolean wholeField = setting(program, f, uses);
        String calls = "the program calls " + (wholeField ? "them" : "it") + " only while it sets an object up "
                + "or holds the lock its own reads hold (or not at all), so the other side meets the write only if a user "
                + "reconfigures an object already at work";
        if (wholeField) {
            return "; `" + f.name() + "` is a setting: once an object is built only setters write it, each with the value "
                    + "it is given (`" + setter.display() + "`), and " + calls;
        }
        return "; this write is a setting's: `" + setter.display() + "` stores the value it is given, and " + calls;
    }

    /**
     * The clause that says why a race whose other side is the write of {@code setter}, a setting's
     * ({@link #setterOf}), is a note.
     */
    public static String otherSideClause(MethodInfo setter) {
        return "; the other side is a setting's write: `" + setter.display() + "` stores the value it is given, and "
                + "the program calls it only while it sets an object up or holds the lock its own reads hold (or not at "
                + "all), so this write meets it only if a user reconfigures an object already at work";
    }

    private boolean setting(Program program, FieldInfo f, List<FieldUse> uses) {
        return settings.computeIfAbsent(f, k -> computeSetting(program, k, uses));
    }

    private boolean computeSetting(Program program, FieldInfo f, List<FieldUse> uses) {
        if (f.facts().isStatic()) {
            return false;
        }
        boolean any = false;
        for (FieldUse u : uses) {
            if (!u.op().isWrite() || u.originMethod().declaringMethod().facts().isInitialization()) {
                continue;
            }
            MethodInfo setter = storesArgument(u);
            if (setter == null || !plain(program, setter)
                    || !calledOnlyToSetUp(program, setter) && !calledOnlyUnderReadGuard(program, setter, uses)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * The method that makes the write {@code u} when it stores, in its own object's field, one of its
     * parameters as it was given; {@code null} for any other write.
     */
    private static MethodInfo storesArgument(FieldUse u) {
        MethodInfo m = u.originMethod();
        if (u.op() != AccessOp.WRITE || m.facts().isStatic() || m.facts().isClosure() || m.facts().isInitialization()) {
            return null;
        }
        int at = u.originEvent();
        if (at < 0 || !(m.facts().eventAt(at) instanceof Event.FieldAccess fa) || fa.kind() != Event.AccessKind.WRITE
                || !fa.path().isOwnField() || !fa.path().lastField().equals(u.field().name())) {
            return null;
        }
        return storesParameter(fa) ? m : null;
    }

    /** Whether a write stores one of its method's parameters as it was given. */
    private static boolean storesParameter(Event.FieldAccess write) {
        return write.value() instanceof Value.PathValue p && p.path().root() == AccessPath.Root.PARAM
                && p.path().fields().isEmpty();
    }

    /**
     * Whether {@code setter} does nothing but store what it is given: each of its writes stores a parameter
     * in a field of its own object, and it calls no method of the program and none on its own object's
     * state (a setter that also raises a flag, wakes a waiting thread or recomputes what depends on the
     * value hands something over, or is made to be called on an object at work); checks of the arguments,
     * the exceptions they throw, logging and a lock around the store are allowed.
     */
    private static boolean plain(Program program, MethodInfo setter) {
        List<Event> events = setter.facts().events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e instanceof Event.FieldAccess fa && fa.kind().isWrite()
                    && !(fa.path().isOwnField() && storesParameter(fa))) {
                return false;
            }
            if (e instanceof Event.Call c && (!program.callGraph().targets(setter, i).isEmpty() || ownState(c.receiver()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the call at {@code event} of {@code m} is followed, in {@code m} and outside any loop, by a call
     * that starts the same object's work ({@code peer.setConfigFileName(name); ...; peer.start();}).
     */
    private static boolean startedAfter(Program program, MethodInfo m, int event) {
        List<Event> events = m.facts().events();
        if (!(events.get(event) instanceof Event.Call set) || set.loop() >= 0 || set.receiver().pathOrNull() == null) {
            return false;
        }
        for (int i = event + 1; i < events.size(); i++) {
            if (events.get(i) instanceof Event.Call c && c.receiver().equals(set.receiver())
                    && program.knowledge().inGroup(NameGroup.SETUP, c.name())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a call's receiver is its method's own object or something it holds. */
    private static boolean ownState(Value receiver) {
        AccessPath p = receiver.pathOrNull();
        return receiver instanceof Value.Implicit || p != null && (p.root() == AccessPath.Root.THIS || p.root() == AccessPath.Root.OUTER);
    }

    /**
     * Whether every call of {@code setter} in the program (there being some) holds a lock of its object that
     * every read of the field the program makes holds too ({@code setWriteCheckTime(...)} inside the
     * synchronized start of the checker that reads the interval under the monitor; a getter nothing in the
     * program calls is its users' read): the program's own calls never meet a read of its own, and only a
     * user who calls the setter on an object at work, without the lock, does.
     */
    private boolean calledOnlyUnderReadGuard(Program program, MethodInfo setter, List<FieldUse> uses) {
        if (program.callGraph().callersOf(setter).isEmpty()) {
            return false;
        }
        LockSet readGuard = null;
        for (FieldUse u : uses) {
            if (RaceFields.reads(u.op()) && !forUsersOnly(program, u)) {
                readGuard = readGuard == null ? u.held() : readGuard.intersect(u.held());
            }
        }
        if (readGuard == null) {
            return false;
        }
        for (LockRef l : callers.programCallers(setter).locks()) {
            if (l.path() != null && l.path().root() == AccessPath.Root.THIS && readGuard.contains(l)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the use is made in a method only clients call, that nothing in the program calls (a getter for users). */
    private static boolean forUsersOnly(Program program, FieldUse u) {
        return u.context() == ThreadContext.CLIENT && program.callGraph().callersOf(u.method()).isEmpty();
    }

    /**
     * Whether every call of {@code setter} in the program sets an object up: made on an object its caller
     * has just made and not yet shared (or was handed, by every caller in the program, such an object), on
     * its own object from a constructor, or in a start-up step.
     */
    private boolean calledOnlyToSetUp(Program program, MethodInfo setter) {
        for (CallSite s : program.callGraph().callersOf(setter)) {
            MethodInfo caller = s.caller();
            boolean ownConstruction = caller.facts().isInitialization() && caller.facts().eventAt(s.event()) instanceof Event.Call c
                    && c.receiver().isSelf();
            if (!ownConstruction && !fresh.ownedBefore(caller, s.event()) && !fresh.handedOwnedByTheProgram(caller, s.event())
                    && !Lifecycle.startUpOnly(program, caller)
                    && !startedAfter(program, caller, s.event())) {
                return false;
            }
        }
        return true;
    }
}
