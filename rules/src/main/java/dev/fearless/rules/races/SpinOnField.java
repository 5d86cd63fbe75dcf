package dev.fearless.rules.races;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Loop;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.rule.Family;
import dev.fearless.rule.Fixes;
import dev.fearless.rule.MethodMatcher;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import java.util.List;
import java.util.Set;

/**
 * A busy-wait on a plain field: the loop only reads a non-volatile field another method sets, with no
 * synchronization and no call the compiler cannot see through, so the read may be hoisted out of the
 * loop and the thread spins forever.
 */
@RuleMeta(family = Family.RACES, severity = Severity.WARNING,
        summary = "A busy-wait loop on a non-volatile field that another thread sets.",
        peers = {"spotbugs:SP_SPIN_ON_FIELD"})
public final class SpinOnField implements MethodMatcher {

    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    @Override
    public void matchMethod(MethodScope scope) {
        Program program = scope.program();
        MethodInfo m = scope.method();
        List<Loop> loops = m.facts().loops();
        for (int l = 0; l < loops.size(); l++) {
            Loop loop = loops.get(l);
            if (loop.kind() == Loop.Kind.FOR_EACH) {
                continue;
            }
            for (AccessPath read : Set.copyOf(loop.conditionReads())) {
                FieldInfo f = spinField(program, m, read);
                if (f != null && spins(program, m, l, f) && writtenElsewhere(f, m)) {
                    RuleContext.FindingBuilder finding = scope.report(loop.pos(), "this loop waits for `"
                            + f.name() + "` to change, but `" + f.name() + "` is not volatile and nothing in the "
                            + "loop synchronizes: the compiler may read it once and spin forever; make it volatile "
                            + "or atomic, or wait on a lock")
                            .related(f.owner(), f.facts().pos(), "`" + f.name() + "` is declared here");
                    Fixes.addModifier(finding, f, "volatile").add();
                    break;
                }
            }
        }
    }

    private static FieldInfo spinField(Program program, MethodInfo m, AccessPath read) {
        if (!read.isOwnField() && !read.isStaticField()) {
            return null;
        }
        FieldInfo f = program.field(m, read);
        if (f == null || f.facts().isVolatile() || f.facts().isFinal()) {
            return null;
        }
        String type = program.resolveType(f.facts().type(), f.owner());
        return type != null && program.is(type, TypeTrait.ATOMIC) ? null : f;
    }

    /**
     * Whether the loop (condition and body) reads the field without ever synchronizing: no lock, no real
     * call, no write of the field itself or of a volatile one; only reads, updates of locals and plain
     * fields (Effective Java's {@code while (!stopRequested) i++;}), and pauses. A pause
     * ({@code Thread.sleep}, {@code yield}, {@code onSpinWait}) has no synchronization effect (JLS 17.3),
     * and neither does asking for the current thread; what a {@code catch} inside the loop does when the
     * pause is interrupted does not run while the loop spins.
     */
    private static boolean spins(Program program, MethodInfo m, int loop, FieldInfo polled) {
        List<Event> events = m.facts().events();
        boolean works = false;
        if (!m.facts().events().isEmpty() && events.stream().anyMatch(e -> inLoop(m, e.loop(), loop) && !e.held().isEmpty())) {
            return false;
        }
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            int at = i;
            if (!inLoop(m, e.loop(), loop)
                    || m.facts().catches().stream().anyMatch(c -> c.inHandler(at) && inLoop(m, c.loop(), loop))) {
                continue; // a handler runs only when the pause is cut short, not while the loop spins
            }
            if (e instanceof Event.FieldAccess fa) {
                FieldInfo written = fa.kind() == Event.AccessKind.READ ? null : program.field(m, fa.path());
                if (fa.kind() != Event.AccessKind.READ
                        && (written == null || written == polled || written.facts().isVolatile())) {
                    return false;
                }
                works |= written != null;
                continue;
            }
            if (e instanceof Event.LocalAssign) {
                works = true;
                continue;
            }
            if (!(e instanceof Event.Call)) {
                return false;
            }
            if (e instanceof Event.Call call) {
                var traits = program.traits(m, call);
                boolean pause = traits.contains(MethodTrait.SPIN_HINT) || traits.contains(MethodTrait.CURRENT_THREAD);
                if (!pause) {
                    return false;
                }
            }
        }
        // A loop that also does work ends only when the field changes: its condition names nothing else
        // (a counter it advances would end it), and nothing in it jumps out.
        return !works || m.facts().loops().get(loop).exits().isEmpty() && onlyFields(m.facts().loops().get(loop));
    }

    /** Whether the loop's condition names only the fields it reads (and keywords: {@code this}, {@code null}, literals). */
    private static boolean onlyFields(Loop loop) {
        Set<String> named = new java.util.HashSet<>();
        for (AccessPath p : loop.conditionReads()) {
            named.addAll(List.of(p.display().split("\\.")));
        }
        java.util.regex.Matcher words = IDENTIFIER.matcher(loop.condition());
        while (words.find()) {
            if (!named.contains(words.group()) && !javax.lang.model.SourceVersion.isKeyword(words.group())) {
                return false;
            }
        }
        return true;
    }

    private static boolean inLoop(MethodInfo m, int eventLoop, int loop) {
        for (int l = eventLoop; l >= 0; l = m.facts().loops().get(l).parent()) {
            if (l == loop) {
                return true;
            }
        }
        return false;
    }

    private static boolean writtenElsewhere(FieldInfo f, MethodInfo spinner) {
        for (MethodInfo m : f.owner().methods()) {
            if (m == spinner) {
                continue;
            }
            for (Event e : m.facts().events()) {
                if (e instanceof Event.FieldAccess fa && fa.kind().isWrite() && fa.path().lastField().equals(f.name())
                        && (fa.path().isOwnField() || fa.path().isStaticField())) {
                    return true;
                }
            }
        }
        return false;
    }
}
