package dev.fearless.rules.races;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.MethodFacts;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.rule.EventKind;
import dev.fearless.rule.EventMatcher;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import java.util.Set;

/**
 * A static DateFormat, Calendar, MessageDigest, Matcher, XPath... used without a lock: one instance,
 * shared by every thread of the JVM, with internal state that concurrent calls corrupt.
 */
@RuleMeta(family = Family.RACES, severity = Severity.WARNING,
        summary = "A static field of a non-thread-safe JDK type (DateFormat, Calendar, MessageDigest...) used without a lock.",
        peers = {"spotbugs:STCAL_INVOKE_ON_STATIC_DATE_FORMAT_INSTANCE", "spotbugs:STCAL_INVOKE_ON_STATIC_CALENDAR_INSTANCE",
                "errorprone:DateFormatConstant", "pmd:UnsynchronizedStaticFormatter", "sonar:S2885"})
public final class NonThreadSafeStatic implements EventMatcher {

    @Override
    public Set<EventKind> eventKinds() {
        return Set.of(EventKind.CALL);
    }

    @Override
    public void matchEvent(MethodScope scope, int index, Event event) {
        RuleContext context = scope.context();
        Program program = scope.program();
        if (!(event instanceof Event.Call call)) {
            return;
        }
        AccessPath p = call.receiver().pathOrNull();
        MethodInfo m = scope.method();
        if (p == null || !p.isStaticField()
                || m.declaringMethod().facts().kind() == MethodFacts.Kind.STATIC_INITIALIZER) {
            return;
        }
        FieldInfo f = program.field(m, p);
        if (f == null || !f.facts().isStatic()) {
            return;
        }
        String type = formatType(program, f);
        if (type == null || !scope.summaries().heldAt(m, call.held()).isEmpty()) {
            return;
        }
        context.report(m, call.pos(), "`" + f.name() + "." + call.name() + "()` uses a static `"
                + type + "` without a lock: the JVM shares one instance between all threads, and its internal "
                + "state is corrupted by concurrent calls; use a ThreadLocal, a new instance per call, a lock, or a "
                + "thread-safe replacement (DateTimeFormatter)")
                .related(f.owner(), f.facts().pos(), "`" + f.name() + "` is declared static here").add();
    }

    private static String formatType(Program program, FieldInfo f) {
        String declared = program.resolveType(f.facts().type(), f.owner());
        if (declared != null && program.knowledge().is(declared, TypeTrait.FORMAT)) {
            return f.facts().type().simpleName();
        }
        if (f.facts().initializer() instanceof dev.fearless.facts.Value.NewValue nv) {
            String created = program.resolveType(nv.type(), f.owner());
            if (created != null && program.knowledge().is(created, TypeTrait.FORMAT)) {
                return nv.type().simpleName();
            }
        }
        return null;
    }
}
