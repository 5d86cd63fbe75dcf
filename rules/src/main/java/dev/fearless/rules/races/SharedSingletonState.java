package dev.fearless.rules.races;

import dev.fearless.summary.Describe;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.knowledge.AnnotationTrait;
import dev.fearless.facts.Event;
import dev.fearless.facts.MethodFacts;
import dev.fearless.facts.Modifiers;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import dev.fearless.rule.Family;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.rule.TypeMatcher;
import dev.fearless.summary.AccessOp;
import dev.fearless.summary.AccessRecord;
import dev.fearless.summary.Nature;
import dev.fearless.summary.Summaries;
import java.util.HashSet;
import java.util.Set;

/**
 * A container singleton (servlet, Spring bean, JAX-RS resource) whose request-handling code writes an
 * instance field: one instance serves every request, each on its own thread, so the field is shared by
 * all of them. Fields set at initialization or injection, or cleared at tear-down ({@code destroy},
 * {@code @PreDestroy}: after the last request), are fine. The container calls the class's public and
 * protected methods; a package-private or private one runs only inside the program's own calls, whose
 * accesses include its own, so it is judged by its callers (a helper only {@code init} calls is set-up).
 */
@RuleMeta(family = Family.RACES, severity = Severity.WARNING,
        summary = "A mutable field of a servlet/Spring bean/JAX-RS resource written while handling requests.",
        peers = {"spotbugs:MSF_MUTABLE_SERVLET_FIELD", "sonar:S2226"})
public final class SharedSingletonState implements TypeMatcher {

    @Override
    public void matchType(RuleContext context, TypeInfo t) {
        Program program = context.program();
        Summaries summaries = context.summaries();
        if (!summaries.evidence(t).singleton()) {
            return;
        }
        for (MethodInfo m : t.methods()) {
            if (!requestHandling(program.knowledge(), m)) {
                continue;
            }
            Set<String> reported = new HashSet<>();
            reportFormatterCalls(context, t, m);
            for (AccessRecord r : summaries.accesses(m)) {
                if (!r.path().isOwnField() || !r.held().isEmpty() || !r.op().isWrite() || formatter(program, m, r)) {
                    continue; // a formatter's use is reported as such (reportFormatterCalls)
                }
                FieldInfo f = program.field(m, r.path());
                if (f == null || f.facts().isFinal() && !r.op().throughContents() || f.facts().isVolatile()
                        || f.facts().isStatic()) {
                    continue;
                }
                if (r.op().throughContents() && summaries.syncTypes().nature(f) != Nature.UNSAFE) {
                    continue;
                }
                if (!reported.add(f.name() + "@" + r.site())) {
                    continue;
                }
                context.report(m, r.site(), "`" + f.name() + "` is " + (r.op() == AccessOp.CALL_WRITE ? "changed while"
                        : "written while") + " handling a request, but `" + t.simpleName() + "` is a singleton: "
                        + "one instance serves all requests at once, each on its own thread, so they overwrite each "
                        + "other's value; keep per-request state in locals").add();
            }
        }
    }

    /**
     * Calls, while handling a request, on a non-thread-safe formatter, parser or digest held in an own
     * field ({@code SimpleDateFormat}, {@code MessageDigest}) without a lock: even its "reads" change
     * its state, and every request uses the one instance.
     */
    private static void reportFormatterCalls(RuleContext context, TypeInfo t, MethodInfo m) {
        Program program = context.program();
        Set<String> fields = new HashSet<>();
        for (Event e : m.facts().events()) {
            if (!(e instanceof Event.Call c) || c.receiver().pathOrNull() == null || !c.receiver().pathOrNull().isOwnField()
                    || c.receiver().pathOrNull().fields().size() != 1
                    || !context.summaries().heldAt(m, c.held()).isEmpty()) {
                continue;
            }
            FieldInfo f = program.field(m, c.receiver().pathOrNull());
            String type = f == null || f.facts().isStatic() ? null : formatterType(program, f);
            if (type == null || !fields.add(f.name())) {
                continue;
            }
            context.report(m, c.pos(), "`" + f.name() + "." + c.name() + "()` uses the " + Describe.simple(type)
                    + " in `" + f.name() + "` while handling a request, but `" + t.simpleName() + "` is a singleton: "
                    + "all requests use that one instance at once, and its internal state is not thread-safe, so "
                    + "they corrupt each other's results; make one per call, or use a thread-safe formatter "
                    + "(DateTimeFormatter)").add();
        }
    }

    private static boolean formatter(Program program, MethodInfo m, AccessRecord r) {
        FieldInfo f = program.field(m, r.path());
        return f != null && formatterType(program, f) != null;
    }

    /** The field's declared type when it is a non-thread-safe formatter, parser or digest, else null. */
    private static String formatterType(Program program, FieldInfo f) {
        String type = program.resolveType(f.facts().type(), f.owner());
        return type != null && program.knowledge().is(type, TypeTrait.FORMAT) ? type : null;
    }

    private static boolean requestHandling(KnowledgeBase knowledge, MethodInfo m) {
        MethodFacts f = m.facts();
        if (f.isClosure() || f.isInitialization() || f.isPrivate() || f.isStatic() || !containerCalls(m)) {
            return false;
        }
        if (knowledge.inGroup(NameGroup.LIFECYCLE_CALLBACK, f.name())
                || knowledge.annotated(f.annotations(), AnnotationTrait.INITIALIZES)
                || knowledge.annotated(f.annotations(), AnnotationTrait.DISPOSES)
                || knowledge.annotated(f.annotations(), AnnotationTrait.INJECTED)) {
            return false;
        }
        return !(injectionSetter(knowledge, m));
    }

    /** Whether the container can call {@code m}: a public or protected method (any of an interface's). */
    private static boolean containerCalls(MethodInfo m) {
        int modifiers = m.facts().modifiers();
        return m.owner().isInterface() || Modifiers.has(modifiers, Modifiers.PUBLIC)
                || Modifiers.has(modifiers, Modifiers.PROTECTED);
    }

    /** {@code setX(v) { this.x = v; }}: property injection by the container, not request handling. */
    private static boolean injectionSetter(KnowledgeBase knowledge, MethodInfo m) {
        MethodFacts f = m.facts();
        if (!knowledge.inGroup(NameGroup.PROPERTY_SETTER, f.name()) || f.params().size() != 1) {
            return false;
        }
        int writes = 0;
        for (Event e : f.events()) {
            if (e instanceof Event.FieldAccess fa && fa.kind().isWrite()) {
                writes++;
            } else if (e instanceof Event.Call) {
                return false;
            }
        }
        return writes == 1;
    }
}
