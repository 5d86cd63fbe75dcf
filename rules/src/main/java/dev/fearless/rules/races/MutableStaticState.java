package dev.fearless.rules.races;

import dev.fearless.facts.Dispatch;
import dev.fearless.facts.Event;
import dev.fearless.facts.Guard;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.MethodFacts;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import dev.fearless.rule.EventKind;
import dev.fearless.rule.EventMatcher;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.summary.Conflicts;
import dev.fearless.summary.LogicalThread;
import dev.fearless.summary.PipelineHandlers;
import dev.fearless.summary.RaceFields;
import dev.fearless.summary.Nature;
import dev.fearless.summary.Summaries;
import java.util.Set;

/**
 * A non-final static field assigned from instance code (each instance's methods run on whatever thread
 * uses that instance) or from a task, with no class-level lock: the JVM-wide value is written
 * concurrently. Where the program's entries reach the write and none of them races with it
 * ({@link Conflicts}), it is not reported; where two threads are known to meet, the message names them.
 * An anonymous class created once while its enclosing class loads has one instance: no two instances
 * write. Lazy initialization ({@code if (x == null) x = ...}) is UnsafeLazyInit's.
 */
@RuleMeta(family = Family.RACES, severity = Severity.WARNING,
        summary = "A non-final static field written from instance methods or concurrent code without a lock.",
        peers = {"spotbugs:ST_WRITE_TO_STATIC_FROM_INSTANCE_METHOD", "sonar:S2696"})
public final class MutableStaticState implements EventMatcher {

    @Override
    public Set<EventKind> eventKinds() {
        return Set.of(EventKind.FIELD_ACCESS, EventKind.CALL);
    }

    @Override
    public void matchEvent(MethodScope scope, int index, Event event) {
        if (event instanceof Event.Call call) {
            matchChange(scope, call);
            return;
        }
        RuleContext context = scope.context();
        Program program = scope.program();
        if (!(event instanceof Event.FieldAccess w) || w.kind() != Event.AccessKind.WRITE && w.kind() != Event.AccessKind.UPDATE
                || !w.path().isStaticField()) {
            return;
        }
        MethodInfo m = scope.method();
        MethodFacts declaring = m.declaringMethod().facts();
        boolean task = m.facts().isClosure() && (m.facts().dispatch() == Dispatch.ELSEWHERE
                || m.facts().dispatch() == Dispatch.PARALLEL);
        boolean instance = !declaring.isStatic() && declaring.kind() != MethodFacts.Kind.STATIC_INITIALIZER;
        boolean calledByTasks = !task && !instance && declaring.kind() != MethodFacts.Kind.STATIC_INITIALIZER
                && runTwiceAtOnce(scope.summaries(), m);
        if (!task && !instance && !calledByTasks) {
            return;
        }
        FieldInfo f = program.field(m, w.path());
        if (f == null || f.facts().isFinal() || f.facts().isVolatile()) {
            return;
        }
        String type = program.resolveType(f.facts().type(), f.owner());
        if (type != null && program.is(type, TypeTrait.ATOMIC)) {
            return;
        }
        Summaries summaries = scope.summaries();
        LockSet held = summaries.heldAt(m, w.held());
        if (!held.isEmpty() || lazyInitialization(m, w) || !task && onlyInstance(m) || RaceFields.forTesting(m)) {
            return;
        }
        // Entries that reach the write and race with nothing rule it out; where the thread model names
        // the threads that meet, the message says which.
        Conflicts.Race race = Conflicts.at(program, summaries, f, m, w.pos(), u -> u.op().isWrite());
        if (race == Conflicts.Race.NONE) {
            return;
        }
        String proof = race != null ? Conflicts.proof(summaries, race.use(), race.other())
                : Conflicts.selfRace(program, summaries, m, w.pos(), w.path());
        String who = task ? "by a task run on another thread" : calledByTasks && m.facts().isClosure()
                ? "by a task that threads the program starts run at once" : calledByTasks
                ? "in `" + m.display() + "`, which tasks run on other threads call" : "from instance method `" + m.display() + "`";
        context.report(m, w.pos(), "static `" + f.name() + "` is written " + who + " without a lock: "
                + (calledByTasks ? "the tasks run it at once" : "every instance shares it, so threads using different "
                + "instances write it at once") + (proof == null ? "" : "; " + proof)
                + "; make it final, "
                + "volatile or atomic, or write it under `" + f.owner().simpleName() + ".class`").add();
    }

    /**
     * A plain static collection changed by concurrent code, a task or a method started threads run
     * twice at once ({@code REGISTRY.put(id, c)} from threads started in a loop), with no lock: the
     * collection's own state is written by two threads at once and can lose entries or break.
     */
    private static void matchChange(MethodScope scope, Event.Call call) {
        Program program = scope.program();
        MethodInfo m = scope.method();
        var path = call.receiver().pathOrNull();
        if (path == null || !path.isStaticField() || !program.knowledge().inGroup(NameGroup.COLLECTION_WRITE, call.name())
                || RaceFields.forTesting(m)) {
            return;
        }
        FieldInfo f = program.field(m, path);
        Summaries summaries = scope.summaries();
        if (f == null || summaries.syncTypes().nature(f) != Nature.UNSAFE
                || !summaries.heldAt(m, call.held()).isEmpty()) {
            return;
        }
        String type = program.resolveType(f.facts().type(), f.owner());
        if (type == null || !program.is(type, TypeTrait.COLLECTION) && !program.is(type, TypeTrait.MAP)) {
            return;
        }
        MethodFacts declaring = m.declaringMethod().facts();
        boolean task = m.facts().isClosure() && (m.facts().dispatch() == Dispatch.ELSEWHERE
                || m.facts().dispatch() == Dispatch.PARALLEL);
        boolean calledByTasks = !task && declaring.kind() != MethodFacts.Kind.STATIC_INITIALIZER
                && runTwiceAtOnce(summaries, m);
        boolean onChannels = !task && !calledByTasks && onChannelLoops(summaries, m);
        if (!task && !calledByTasks && !onChannels) {
            return;
        }
        Conflicts.Race race = Conflicts.at(program, summaries, f, m, call.pos(), u -> u.op().isWrite());
        if (race == Conflicts.Race.NONE) {
            return;
        }
        String proof = race != null ? Conflicts.proof(summaries, race.use(), race.other())
                : Conflicts.selfRace(program, summaries, m, call.pos(), path);
        scope.context().report(m, call.pos(), "static `" + f.name() + "` holds a collection that is not thread-safe, "
                + "and `" + call.name() + "` changes it " + (task ? "in a task run on another thread"
                : onChannels ? "in `" + m.display() + "`, which the handler's instances run on the event loops "
                + "of their channels, each its own," : m.facts().isClosure() ? "in a task that threads the program starts run at once"
                : "in `" + m.display() + "`, which tasks run on other threads call") + " without a lock: "
                + (onChannels ? "the loops" : "the tasks")
                + " change it at once and can lose entries or break it" + (proof == null ? "" : "; " + proof)
                + "; use a concurrent collection, or change it under `" + f.owner().simpleName() + ".class`").add();
    }

    /**
     * Whether {@code m}, code of a pipeline handler (a callback, or code only its callbacks reach), runs only
     * on the event loop of the handler's channel: one thread for that handler, but the handler class's
     * instances serve many channels, so for static state many loops at once.
     */
    private static boolean onChannelLoops(Summaries summaries, MethodInfo m) {
        LogicalThread only = summaries.threads().threads(m).only();
        return only != null && PipelineHandlers.acrossChannels(only).alwaysMany()
                && PipelineHandlers.loopOfOwnHandler(only, m);
    }

    /** Whether threads the program starts run {@code m} twice at once (handed over in a loop or at two places). */
    private static boolean runTwiceAtOnce(Summaries summaries, MethodInfo m) {
        return summaries.threads().startedTwiceAtOnce(summaries.threads().threads(m));
    }

    /**
     * Whether the object whose method writes is the only one of its class, so no two instances can
     * write at once: an anonymous class created once, by its enclosing class's initializer and not in
     * a loop (a protobuf descriptor assigner, a privileged action run while the class loads).
     */
    private static boolean onlyInstance(MethodInfo m) {
        TypeInfo t = m.declaringMethod().owner();
        MethodInfo at = t.isAnonymous() ? t.enclosingMethod() : null;
        if (at == null || at.facts().kind() != MethodFacts.Kind.STATIC_INITIALIZER) {
            return false;
        }
        for (Event e : at.facts().events()) {
            if (e instanceof Event.NewObject n && t.name().equals(n.anonymousType())) {
                return n.loop() < 0;
            }
        }
        return false;
    }

    private static boolean lazyInitialization(MethodInfo m, Event.FieldAccess w) {
        for (Guard g : m.facts().guardChain(w)) {
            for (Guard.Test t : g.implied()) {
                if (t.kind() == Guard.TestKind.IS_NULL && w.path().equals(t.subject().pathOrNull())) {
                    return true;
                }
            }
        }
        return false;
    }
}
