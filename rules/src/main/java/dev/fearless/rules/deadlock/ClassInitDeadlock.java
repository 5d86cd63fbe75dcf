package dev.fearless.rules.deadlock;

import dev.fearless.facts.Event;
import dev.fearless.facts.MethodFacts;
import dev.fearless.facts.Modifiers;
import dev.fearless.facts.Value;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import dev.fearless.rule.Family;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.rule.TypeMatcher;

/**
 * A class whose static initialization refers to one of its subclasses: initializing the subclass first
 * initializes the superclass, and the superclass's initializer waits for the subclass. Two threads that
 * start on the two classes at once wait for each other forever (the JVM's class-init locks).
 */
@RuleMeta(family = Family.DEADLOCK, severity = Severity.WARNING,
        summary = "A static initializer that refers to a subclass: two threads initializing them deadlock.",
        peers = {"errorprone:ClassInitializationDeadlock"})
public final class ClassInitDeadlock implements TypeMatcher {

    @Override
    public void matchType(RuleContext context, TypeInfo a) {
        Program program = context.program();
        MethodInfo clinit = null;
        for (MethodInfo m : a.methods()) {
            if (m.facts().kind() == MethodFacts.Kind.STATIC_INITIALIZER) {
                clinit = m;
            }
        }
        boolean reported = false;
        for (var f : a.fields()) {
            if (reported || !f.facts().isStatic() || clinit == null) {
                continue;
            }
            var p = f.facts().initializer().pathOrNull();
            TypeInfo sub = p != null && p.isStaticField() ? subclass(program, a, staticOwner(program, clinit, p)) : null;
            if (sub != null) {
                report(context, a, sub, clinit, f.facts().pos());
                reported = true;
            }
        }
        for (MethodInfo m : a.methods()) {
            if (reported) {
                break;
            }
            if (m.declaringMethod().facts().kind() != MethodFacts.Kind.STATIC_INITIALIZER
                    || m.declaringMethod().owner() != a) {
                continue;
            }
            for (int i = 0; i < m.facts().events().size(); i++) {
                TypeInfo sub = subclassReferenced(program, a, m, m.facts().eventAt(i), i);
                if (sub != null) {
                    report(context, a, sub, m, m.facts().eventAt(i).pos());
                    reported = true;
                    break;
                }
            }
        }
    }

    private static void report(RuleContext context, TypeInfo a, TypeInfo sub, MethodInfo m,
                               dev.fearless.facts.Position pos) {
        context.report(m, pos, "the static initialization of `" + a.simpleName() + "` uses its subclass `"
                + sub.simpleName() + "`: initializing `" + sub.simpleName() + "` first needs `" + a.simpleName()
                + "` initialized, so a thread starting on each class at once deadlocks in the JVM's class initialization")
                .related(sub, sub.facts().pos(), "`" + sub.simpleName() + "` extends `" + a.simpleName() + "`")
                .add();
    }

    private static TypeInfo subclassReferenced(Program program, TypeInfo a, MethodInfo m, Event e, int index) {
        String name = null;
        if (e instanceof Event.NewObject n) {
            name = n.anonymousType().isEmpty() ? program.resolveType(n.type(), m.owner()) : null;
        } else if (e instanceof Event.Call call && call.receiver() instanceof Value.TypeName t) {
            name = program.staticType(m, t).name();
        } else if (e instanceof Event.FieldAccess fa && fa.path().isStaticField()) {
            name = staticOwner(program, m, fa.path());
        }
        if (name == null) {
            for (Value v : values(e)) {
                if (v.pathOrNull() != null && v.pathOrNull().isStaticField()) {
                    name = staticOwner(program, m, v.pathOrNull());
                    TypeInfo sub = subclass(program, a, name);
                    if (sub != null) {
                        return sub;
                    }
                }
            }
            return null;
        }
        return subclass(program, a, name);
    }

    /** The values an event uses: a static field read can hide in any of them (final fields have no read events). */
    private static java.util.List<Value> values(Event e) {
        java.util.List<Value> result = new java.util.ArrayList<>();
        if (e instanceof Event.Call c) {
            result.add(c.receiver());
            result.addAll(c.args());
        } else if (e instanceof Event.NewObject n) {
            result.addAll(n.args());
        } else if (e instanceof Event.FieldAccess fa) {
            result.add(fa.value());
        } else if (e instanceof Event.LocalAssign la) {
            result.add(la.value());
        } else if (e instanceof Event.Return r) {
            result.add(r.value());
        }
        return result;
    }

    private static String staticOwner(Program program, MethodInfo m, dev.fearless.facts.AccessPath p) {
        return program.type(p.rootName()) != null ? p.rootName() : program.resolveType(p.rootName(), m.owner());
    }

    private static TypeInfo subclass(Program program, TypeInfo a, String name) {
        TypeInfo sub = program.type(name);
        if (sub == null || sub == a || !program.isSubtype(sub.name(), a.name())) {
            return null;
        }
        boolean privateNested = Modifiers.has(sub.facts().modifiers(), Modifiers.PRIVATE) && sub.enclosing() == a;
        return privateNested ? null : sub;
    }
}
