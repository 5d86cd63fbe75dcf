package dev.fearless.rules.races;

import dev.fearless.knowledge.AnnotationTrait;
import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.TypeFacts;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import dev.fearless.rule.Family;
import dev.fearless.rule.Fixes;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.rule.TypeMatcher;
import dev.fearless.summary.LazyInits;
import dev.fearless.summary.Nature;
import dev.fearless.summary.SyncTypes;

/**
 * An {@code @Immutable} class that can change: a non-final field, or a final field holding a mutable
 * object (array, collection, builder, a mutable class) that the class exposes or changes. A record
 * that changes the contents of one of its components. A hash (or other value of 32 bits or fewer)
 * the object computes from its unchanging state and caches the {@code String.hashCode} way is not
 * reported: every thread computes and stores the same value.
 */
@RuleMeta(family = Family.RACES, severity = Severity.WARNING,
        summary = "An @Immutable class (or a record) with a non-final field or mutable state it exposes or mutates.",
        peers = {"errorprone:Immutable", "spotbugs:JCIP_FIELD_ISNT_FINAL_IN_IMMUTABLE_CLASS", "intellij:NonFinalFieldInImmutable"})
public final class ImmutableViolation implements TypeMatcher {

    @Override
    public void matchType(RuleContext context, TypeInfo t) {
        Program program = context.program();
        SyncTypes sync = context.summaries().syncTypes();
        boolean annotated = program.knowledge().annotated(t.facts().annotations(), AnnotationTrait.IMMUTABLE);
        boolean record = t.facts().kind() == TypeFacts.Kind.RECORD;
        if (!annotated && !record) {
            return;
        }
        for (FieldInfo f : t.fields()) {
            if (f.facts().isStatic()) {
                continue;
            }
            if (program.knowledge().annotated(f.facts().annotations(), AnnotationTrait.LAZY_INIT)) {
                continue;
            }
            if (!f.facts().isFinal() && LazyInits.cachedInImmutable(program, f)) {
                continue; // a hash cached the String.hashCode way: every thread computes and stores the same value
            }
            if (!f.facts().isFinal()) {
                Fixes.makeFinal(context.report(t, f.facts().pos(), "field `" + f.name() + "` of @Immutable class `"
                        + t.simpleName() + "` is not final: it can change after construction, and is not "
                        + "safely published"), program, f).add();
                continue;
            }
            if (!mutable(program, sync, f)) {
                continue;
            }
            String mutation = mutatedBy(program, t, f);
            String exposure = annotated ? exposedBy(t, f) : null;
            if (mutation != null || exposure != null) {
                context.report(t, f.facts().pos(), (record ? "component `" : "field `") + f.name() + "` of "
                        + (record ? "record `" : "@Immutable class `") + t.simpleName() + "` holds a mutable `"
                        + f.facts().type() + "` that " + (mutation != null ? "is changed by `" + mutation + "`"
                        : "escapes through `" + exposure + "`, where callers can change it")
                        + ": the object is not immutable").add();
            }
        }
    }

    private static boolean mutable(Program program, SyncTypes sync, FieldInfo f) {
        if (f.facts().type().isPrimitive()) {
            return false;
        }
        Nature nature = sync.nature(f);
        if (nature == Nature.SYNC || nature == Nature.PRIMITIVE) {
            return false;
        }
        if (nature == Nature.UNSAFE || f.facts().type().isArray()) {
            return true;
        }
        String type = program.resolveType(f.facts().type(), f.owner());
        if (type == null || sync.isSync(type)) {
            return false;
        }
        if (program.is(type, TypeTrait.COLLECTION) || program.is(type, TypeTrait.MAP)
                || program.knowledge().is(type, TypeTrait.UNSAFE)) {
            return !onlyCopiesStored(program, f);
        }
        return knownMutable(program, program.type(type));
    }

    /** A program class with state that can change: a non-final instance field somewhere in its hierarchy. */
    private static boolean knownMutable(Program program, TypeInfo t) {
        for (TypeInfo c = t; c != null; c = program.type(c.superclass())) {
            if (c.isInterface()) {
                return false;
            }
            for (FieldInfo f : c.fields()) {
                if (!f.facts().isStatic() && !f.facts().isFinal()
                        && !program.knowledge().annotated(f.facts().annotations(), AnnotationTrait.LAZY_INIT)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether every value stored in the field is a copy or an immutable result (List.copyOf, unmodifiable(new ...)). */
    private static boolean onlyCopiesStored(Program program, FieldInfo f) {
        boolean any = false;
        for (MethodInfo m : f.owner().methods()) {
            for (Event e : m.facts().events()) {
                if (e instanceof Event.FieldAccess fa && fa.kind() == Event.AccessKind.WRITE && fa.path().isOwnField()
                        && fa.path().lastField().equals(f.name())) {
                    any = true;
                    if (!copy(program, m, fa.value())) {
                        return false;
                    }
                }
            }
        }
        return any;
    }

    private static boolean copy(Program program, MethodInfo m, Value v) {
        if (v instanceof Value.NewValue) {
            return true;
        }
        if (v instanceof Value.CallResult cr && m.facts().eventAt(cr.eventIndex()) instanceof Event.Call call) {
            var traits = program.traits(m, call);
            if (traits.contains(MethodTrait.IMMUTABLE_RESULT) || traits.contains(MethodTrait.COPIES)) {
                return true;
            }
            if (traits.contains(MethodTrait.UNMODIFIABLE_VIEW) && !call.args().isEmpty()) {
                return copy(program, m, call.args().get(0));
            }
        }
        return false;
    }

    /** A method of the class that changes the field's contents, or {@code null}. */
    private static String mutatedBy(Program program, TypeInfo t, FieldInfo f) {
        for (MethodInfo m : t.methods()) {
            if (m.declaringMethod().facts().isInitialization()) {
                continue;
            }
            for (Event e : m.facts().events()) {
                AccessPath p = null;
                if (e instanceof Event.FieldAccess fa && fa.kind() == Event.AccessKind.ELEMENT_WRITE) {
                    p = fa.path();
                } else if (e instanceof Event.Call call && (program.knowledge().inGroup(NameGroup.COLLECTION_WRITE, call.name())
                        || program.knowledge().inGroup(NameGroup.BUILDER_WRITE, call.name()))) {
                    p = call.receiver().pathOrNull();
                }
                if (p != null && p.isOwnField() && p.lastField().equals(f.name())) {
                    return m.display() + "()";
                }
            }
        }
        return null;
    }

    /** A non-private method that returns the field itself (not a copy), or {@code null}. */
    private static String exposedBy(TypeInfo t, FieldInfo f) {
        for (MethodInfo m : t.methods()) {
            if (m.facts().isPrivate() || m.facts().isClosure() || m.facts().isInitialization()) {
                continue;
            }
            for (Event e : m.facts().events()) {
                if (e instanceof Event.Return r && r.value().pathOrNull() != null && r.value().pathOrNull().isOwnField()
                        && r.value().pathOrNull().lastField().equals(f.name())) {
                    return m.display() + "()";
                }
            }
        }
        return null;
    }
}
