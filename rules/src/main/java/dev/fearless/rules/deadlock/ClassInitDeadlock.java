package dev.fearless.rules.deadlock;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.facts.MethodFacts;
import dev.fearless.facts.Position;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import dev.fearless.rule.Family;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.rule.TypeMatcher;
import dev.fearless.summary.ClassInits;
import dev.fearless.summary.Tasks;
import java.util.ArrayList;
import java.util.List;

/**
 * A class whose static initialization refers to one of its subclasses: initializing the subclass first
 * initializes the superclass, and the superclass's initializer waits for the subclass. Two threads that
 * start on the two classes at once wait for each other forever (the JVM's class-init locks). Reported
 * only when the subclass's initialization really needs the base's (an interface without default
 * methods is not initialized by its implementations, JLS 12.4.1) and a thread can start on the
 * subclass first: it is public, or the program starts it from code that runs before the base is
 * initialized. A static initializer that starts a thread using the class's statics and then waits for it
 * deadlocks on its own: the thread waits for the initialization, which waits for the thread.
 */
@RuleMeta(family = Family.DEADLOCK, severity = Severity.WARNING,
        summary = "A static initializer that refers to a subclass, or waits for a thread that uses the class: class initialization deadlocks.",
        peers = {"errorprone:ClassInitializationDeadlock", "intellij:StaticInitializerReferencesSubClass"})
public final class ClassInitDeadlock implements TypeMatcher {

    @Override
    public void matchType(RuleContext context, TypeInfo a) {
        Program program = context.program();
        ClassInits inits = context.summaries().classInits();
        MethodInfo clinit = null;
        for (MethodInfo m : a.methods()) {
            if (m.facts().kind() == MethodFacts.Kind.STATIC_INITIALIZER) {
                clinit = m;
            }
        }
        if (clinit == null || waitsForThreadThatNeedsIt(context, a)) {
            return;
        }
        for (var f : a.fields()) {
            AccessPath p = f.facts().initializer().pathOrNull();
            if (!f.facts().isStatic() || p == null || !p.isStaticField()) {
                continue;
            }
            String owner = inits.staticOwner(clinit, p);
            TypeInfo sub = owner == null ? null : program.type(owner);
            if (sub != null && reportIfFeasible(context, inits, a, sub, clinit, f.facts().pos())) {
                return;
            }
        }
        for (MethodInfo m : a.methods()) {
            if (m.declaringMethod().facts().kind() != MethodFacts.Kind.STATIC_INITIALIZER
                    || m.declaringMethod().owner() != a) {
                continue;
            }
            for (int i = 0; i < m.facts().events().size(); i++) {
                List<TypeInfo> started = inits.started(m, m.facts().eventAt(i));
                for (TypeInfo sub : started) {
                    if (reportIfFeasible(context, inits, a, sub, m, m.facts().eventAt(i).pos())) {
                        return;
                    }
                }
            }
        }
    }

    /**
     * Reports a static initializer of {@code a} that hands a task to another thread and then waits for it
     * (untimed), when the task uses a static member of {@code a} (a compile-time constant aside): that
     * thread blocks until {@code a}'s initialization ends, and the initialization waits for the thread
     * (CERT TSM02-J).
     */
    private static boolean waitsForThreadThatNeedsIt(RuleContext context, TypeInfo a) {
        Program program = context.program();
        for (MethodInfo m : a.methods()) {
            if (m.declaringMethod().facts().kind() != MethodFacts.Kind.STATIC_INITIALIZER || m.declaringMethod().owner() != a) {
                continue;
            }
            for (Tasks.Task task : context.summaries().tasks().in(m)) {
                Located use = staticUse(program, a, task.body());
                Event wait = use == null ? null : waitAfter(program, m, task.spawn());
                if (wait == null) {
                    continue;
                }
                context.report(m, wait.pos(), "the static initialization of `" + a.simpleName() + "` waits for a "
                        + "thread that " + use.what() + ": that thread blocks until `" + a.simpleName()
                        + "` is initialized, and the initialization waits for the thread, so both wait forever in the "
                        + "JVM's class initialization; start the thread after initialization, or keep it off the "
                        + "class's statics and lambdas")
                        .related(m, task.spawnPos(), "the thread is started here")
                        .related(use.method(), use.pos(), "it " + use.what() + " here")
                        .add();
                return true;
            }
        }
        return false;
    }

    /** A use of a member of a class: which, and where. */
    private record Located(String what, MethodInfo method, Position pos) {
    }

    /** The first use, in the task's code or a method it calls, of a static member of {@code a} that needs it initialized. */
    private static Located staticUse(Program program, TypeInfo a, List<MethodInfo> body) {
        List<MethodInfo> code = new ArrayList<>(body);
        for (MethodInfo b : body) {
            for (var site : program.callGraph().callsFrom(b)) {
                code.add(site.target());
            }
        }
        for (MethodInfo b : body) {
            if (b.facts().isLambda() && b.owner() == a) {
                // its code is a method of `a`: the thread must find `a` initialized to run it at all
                return new Located("runs a lambda written in `" + a.simpleName() + "` (the compiler makes its code a method of `"
                        + a.simpleName() + "`)", b, b.facts().pos());
            }
        }
        for (MethodInfo b : code) {
            List<Event> events = b.facts().events();
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                if (e instanceof Event.FieldAccess fa && fa.path().isStaticField()) {
                    FieldInfo f = program.field(b, fa.path());
                    if (f != null && f.owner() == a && !(f.facts().isFinal() && f.facts().initializer() instanceof Value.Literal)) {
                        return new Located("uses `" + a.simpleName() + "." + f.name() + "`", b, e.pos());
                    }
                }
                if (e instanceof Event.Call call) {
                    // a final static field read gets no event of its own: its value is the receiver or an argument
                    List<Value> values = new ArrayList<>(call.args());
                    values.add(call.receiver());
                    for (Value v : values) {
                        AccessPath p = v.pathOrNull();
                        FieldInfo f = p != null && p.isStaticField() ? program.field(b, p) : null;
                        if (f != null && f.owner() == a && !(f.facts().isFinal() && f.facts().initializer() instanceof Value.Literal)) {
                            return new Located("uses `" + a.simpleName() + "." + f.name() + "`", b, e.pos());
                        }
                    }
                    for (MethodInfo t : program.callGraph().targets(b, i)) {
                        if (t.owner() == a && t.facts().isStatic() && !t.facts().isInitialization()) {
                            return new Located("uses `" + a.simpleName() + "." + t.name() + "()`", b, e.pos());
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The first untimed wait for another thread's work ({@code join()}, {@code get()}) in {@code m} after event {@code spawn}. */
    private static Event waitAfter(Program program, MethodInfo m, int spawn) {
        List<Event> events = m.facts().events();
        for (int i = spawn + 1; i < events.size(); i++) {
            if (events.get(i) instanceof Event.Call call) {
                var traits = program.traits(m, call);
                if (traits.contains(MethodTrait.JOIN) && traits.contains(MethodTrait.BLOCKING)
                        && !traits.contains(MethodTrait.TIMED)) {
                    return call;
                }
            }
        }
        return null;
    }

    /** Reports when {@code sub} is a subclass whose initialization needs {@code a}'s and can start first. */
    private static boolean reportIfFeasible(RuleContext context, ClassInits inits, TypeInfo a, TypeInfo sub,
                                            MethodInfo m, Position pos) {
        if (sub == a || !context.program().isSubtype(sub.name(), a.name()) || !inits.initializes(sub, a)) {
            return false;
        }
        ClassInits.Start start = inits.independentStart(sub, a);
        if (start == null) {
            return false;
        }
        String first = start.method() == null
                ? "`" + start.type().simpleName() + "` is public, so code outside can start on it first"
                : "`" + start.method().display() + "` starts on `" + start.type().simpleName()
                        + "` without initializing `" + a.simpleName() + "` first";
        var finding = context.report(m, pos, "the static initialization of `" + a.simpleName() + "` uses its subclass `"
                + sub.simpleName() + "`: initializing `" + sub.simpleName() + "` first needs `" + a.simpleName()
                + "` initialized, so a thread starting on each class at once deadlocks in the JVM's class initialization ("
                + first + ")")
                .related(sub, sub.facts().pos(), "`" + sub.simpleName() + "` extends `" + a.simpleName() + "`");
        if (start.method() != null) {
            finding.related(start.method(), start.method().facts().pos(), "starts initializing `" + start.type().simpleName()
                    + "` here");
        }
        finding.add();
        return true;
    }
}
