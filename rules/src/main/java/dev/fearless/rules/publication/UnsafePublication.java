package dev.fearless.rules.publication;

import dev.fearless.knowledge.NameGroup;
import dev.fearless.knowledge.AnnotationTrait;
import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Position;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.StaticType;
import dev.fearless.program.TypeInfo;
import dev.fearless.rule.EventKind;
import dev.fearless.rule.EventMatcher;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.summary.AccessOp;
import dev.fearless.summary.Conflicts;
import dev.fearless.summary.FieldUse;
import dev.fearless.summary.Immutables;
import dev.fearless.summary.LazyInits;
import dev.fearless.summary.SetUp;
import dev.fearless.summary.Summaries;
import dev.fearless.summary.Tasks;
import dev.fearless.summary.Tasks.Task;
import dev.fearless.summary.ThreadContext;
import java.util.List;
import java.util.Set;

/**
 * A newly built object with non-final state (a program class with a non-final field, a mutable JDK
 * collection, an array) stored into a plain field (neither final nor volatile) without a lock, while a
 * task running on another thread (or, for a static field, any client thread) reads that field without a lock. Nothing orders the constructor's
 * writes before the reader's loads: it may see the reference but default field values. Stores during
 * construction, stores made before the reading task is started, immutable objects and thread-safe types
 * are fine.
 */
@RuleMeta(family = Family.PUBLICATION, severity = Severity.WARNING,
        summary = "A new object with non-final state stored in a plain shared field that another thread reads unsynchronized.",
        peers = {})
public final class UnsafePublication implements EventMatcher {

    @Override
    public Set<EventKind> eventKinds() {
        return Set.of(EventKind.FIELD_ACCESS);
    }

    @Override
    public void matchEvent(MethodScope scope, int index, Event event) {
        RuleContext context = scope.context();
        Program program = scope.program();
        Summaries summaries = scope.summaries();
        if (!(event instanceof Event.FieldAccess w) || w.kind() != Event.AccessKind.WRITE
                || !(w.path().isOwnField() || w.path().isStaticField())) {
            return;
        }
        MethodInfo m = scope.method();
        if (SetUp.duringConstruction(program, m) || LazyInits.isLazyInit(m, w)) {
            return;
        }
        // A set-up method may run before any other thread does; a call of it made after a reader task was
        // handed off (capturedReader) shows it does not.
        boolean anytime = anytime(program, m);
        FieldInfo f = program.field(m, w.path());
        if (f == null || f.facts().isFinal() || f.facts().isVolatile() || f.facts().isStatic() != w.path().isStaticField()
                || !summaries.heldAt(m, w.held()).isEmpty()) {
            return;
        }
        String built = builtWithMutableState(program, summaries, m, w.value());
        if (built == null) {
            return;
        }
        FieldUse reader = anytime ? unsynchronizedReader(program, summaries, f, m, w) : null;
        if (reader == null) {
            CapturedRead read = f.facts().isStatic() ? null : capturedReader(program, summaries, f, m);
            if (read != null && !SetUp.spawnsAfter(program, summaries, m, index)) {
                report(context, m, w, f, built, "a task on another thread (handed off at line "
                        + read.task().spawnPos().line() + " with `" + read.local() + "`)", " reads `", read.method(), read.pos());
            }
            return;
        }
        if (SetUp.spawnsAfter(program, summaries, m, index) || SetUp.beforeThreadsStart(program, summaries, m)) {
            return;
        }
        report(context, m, w, f, built, reader);
    }

    /** A task's read of the field through a local it captures, and where. */
    private record CapturedRead(Task task, String local, MethodInfo method, Position pos) {
    }

    /**
     * A task that reads the field, without a lock, through a local it captures ({@code p.holder}), handed
     * off by a method that then, with no join between, calls the storing method on that local
     * ({@code reader.start(); p.initialize();}): the task runs while the store is made, on that object.
     */
    private static CapturedRead capturedReader(Program program, Summaries summaries, FieldInfo f, MethodInfo writer) {
        for (Tasks.HandedBefore handed : summaries.tasks().handedBefore(program, writer)) {
            for (MethodInfo body : handed.task().body()) {
                for (Event e : body.facts().events()) {
                    if (e instanceof Event.FieldAccess fa && !fa.kind().isWrite() && fa.held().isEmpty()
                            && fa.path().root() == AccessPath.Root.LOCAL && fa.path().rootName().equals(handed.local())
                            && fa.path().fields().size() == 1 && program.field(body, fa.path()) == f) {
                        return new CapturedRead(handed.task(), handed.local(), body, fa.pos());
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether the writing code can run at any time, while tasks already run: a method of the class's API
     * (public, or not private in a non-public class) that is not a lifecycle initializer (which runs once,
     * before the object is put to use), or a task run elsewhere.
     */
    private static boolean anytime(Program program, MethodInfo m) {
        if (m.facts().isClosure()) {
            return m.facts().dispatch() == dev.fearless.facts.Dispatch.ELSEWHERE
                    || anytime(program, m.declaringMethod());
        }
        var f = m.facts();
        String name = f.name();
        boolean lifecycle = program.knowledge().annotated(f.annotations(), AnnotationTrait.INITIALIZES)
                || program.knowledge().inGroup(NameGroup.SETUP, name);
        boolean api = dev.fearless.facts.Modifiers.has(f.modifiers(), dev.fearless.facts.Modifiers.PUBLIC)
                || !f.isPrivate() && !dev.fearless.facts.Modifiers.has(m.owner().facts().modifiers(), dev.fearless.facts.Modifiers.PUBLIC);
        return api && !lifecycle;
    }

    /** The simple name of the new object's type when it has non-final state and is not thread-safe; else null. */
    private static String builtWithMutableState(Program program, Summaries summaries, MethodInfo m, Value v) {
        AccessPath p = v.pathOrNull();
        if (p != null && !p.isField() && p.root() == AccessPath.Root.LOCAL) {
            String result = null;
            for (Event e : m.facts().events()) {
                if (e instanceof Event.LocalAssign la && la.local().equals(p.rootName())) {
                    String built = builtWithMutableState(program, summaries, m, la.value());
                    if (built == null) {
                        return null;
                    }
                    result = built;
                }
            }
            return result;
        }
        if (!(v instanceof Value.NewValue nv) || !nv.anonymousType().isEmpty()) {
            return null;
        }
        if (nv.type().isArray()) {
            return nv.type().simpleName() + "[]";
        }
        StaticType t = program.staticType(m, v);
        if (t.name() == null || summaries.syncTypes().isSync(t.name())) {
            return null;
        }
        TypeInfo type = program.type(t.name());
        if (type == null) {
            boolean mutable = program.is(t.name(), TypeTrait.UNSAFE) || program.is(t.name(), TypeTrait.COLLECTION)
                    || program.is(t.name(), TypeTrait.MAP);
            return mutable ? nv.type().simpleName() : null;
        }
        if (type.isInterface() || Immutables.allFinal(program, type) || summaries.evidence(type).meantToBeShared()) {
            return null;
        }
        return type.simpleName();
    }

    /** A read of the field, without a lock, by a task that may run while the store happens; or null. */
    private static FieldUse unsynchronizedReader(Program program, Summaries summaries, FieldInfo f, MethodInfo writer,
                                                 Event.FieldAccess store) {
        String stored = program.staticType(writer, store.value()).name();
        for (FieldUse u : summaries.uses(f)) {
            // A static field is shared by every thread: client threads reading it through the class's API
            // (a static current()) are the other side as well as a task is.
            boolean clientsOfStatic = f.facts().isStatic()
                    && u.threads().threads().stream().anyMatch(dev.fearless.summary.LogicalThread::alwaysMany);
            if (u.context() != ThreadContext.TASK && !clientsOfStatic || !reads(u.op()) || !u.held().isEmpty()) {
                continue;
            }
            MethodInfo task = u.method();
            if (task == writer || startedAfter(task, writer, store.pos()) || runsOn(program, task, stored)) {
                continue;
            }
            if (u.originMethod() == writer || Conflicts.writesHeldInTurn(program, summaries, u, writer)) {
                continue;
            }
            return u;
        }
        return null;
    }

    /**
     * Whether the task is the body of the stored object itself (a thread kept in the field it reads,
     * {@code acceptThread = new AcceptThread(); ... acceptThread.start()}): it runs only once started, by code
     * that already holds the reference, and {@code start()} orders the object's construction before it.
     */
    private static boolean runsOn(Program program, MethodInfo task, String stored) {
        TypeInfo body = task.owner();
        return stored != null && (stored.equals(body.name()) || program.supertypes(stored).contains(body.name()));
    }

    /** Whether the task is written in the writing method after the store (handing it off then orders the store first). */
    private static boolean startedAfter(MethodInfo task, MethodInfo writer, Position store) {
        MethodInfo enclosing = task;
        while (enclosing != null && enclosing != writer) {
            MethodInfo parent = enclosing.closureParent();
            enclosing = parent != null ? parent : enclosing.owner().enclosingMethod();
        }
        return enclosing == writer && task.facts().pos().compareTo(store) > 0;
    }

    private static boolean reads(AccessOp op) {
        return op == AccessOp.READ || op == AccessOp.CALL_READ || op == AccessOp.ELEMENT_READ || op == AccessOp.CALL_ITERATE;
    }

    private static void report(RuleContext context, MethodInfo m, Event.FieldAccess w, FieldInfo f, String built,
                               FieldUse reader) {
        String task = reader.method().display();
        String other = reader.context() == ThreadContext.TASK ? "a task on another thread (`" + task + "`)"
                : Conflicts.threads(reader) + " (in `" + task + "`)";
        report(context, m, w, f, built, other, reader.context() == ThreadContext.TASK ? " reads `" : " read `",
                reader.originMethod(), reader.origin());
    }

    private static void report(RuleContext context, MethodInfo m, Event.FieldAccess w, FieldInfo f, String built,
                               String other, String reads, MethodInfo readIn, Position readAt) {
        context.report(m, w.pos(), "a new `" + built + "` is stored in plain field `" + f.name() + "` (neither final "
                + "nor volatile) without a lock, while " + other + reads + f.name()
                + "` at line " + readAt.line() + " without one: it can see the reference before the object's "
                + "own fields are written; make `" + f.name() + "` volatile, or publish and read it under one lock")
                .related(readIn, readAt, "another thread reads `" + f.name() + "` here")
                .related(f.owner(), f.facts().pos(), "`" + f.name() + "` is neither final nor volatile")
                .add();
    }
}
