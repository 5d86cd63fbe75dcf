package dev.fearless.rules.deadlock;

import dev.fearless.facts.AccessPath;
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
import java.util.List;

/**
 * A class whose static initialization refers to one of its subclasses: initializing the subclass first
 * initializes the superclass, and the superclass's initializer waits for the subclass. Two threads that
 * start on the two classes at once wait for each other forever (the JVM's class-init locks). Reported
 * only when the subclass's initialization really needs the base's (an interface without default
 * methods is not initialized by its implementations, JLS 12.4.1) and a thread can start on the
 * subclass first: it is public, or the program starts it from code that runs before the base is
 * initialized.
 */
@RuleMeta(family = Family.DEADLOCK, severity = Severity.WARNING,
        summary = "A static initializer that refers to a subclass: two threads initializing them deadlock.",
        peers = {"errorprone:ClassInitializationDeadlock"})
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
        if (clinit == null) {
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
