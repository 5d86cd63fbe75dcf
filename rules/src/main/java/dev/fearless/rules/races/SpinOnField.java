package dev.fearless.rules.races;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Loop;
import dev.fearless.knowledge.AnnotationTrait;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import dev.fearless.rule.Family;
import dev.fearless.rule.Fixes;
import dev.fearless.rule.MethodMatcher;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.summary.RaceFields;
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

    /** How many calls deep the loop's helpers are followed. */
    private static final int HELPER_DEPTH = 3;

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
                if (f != null && spins(program, m, l, f) && writtenElsewhere(program, f, m)) {
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
                if (written != null && advancesCondition(m, loop, fa.path())) {
                    return false; // it moves a field its own condition compares (a cursor): it ends by itself
                }
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
                if (pause(program, m, call)) {
                    continue;
                }
                if (!quietCallees(program, m, i, polled, HELPER_DEPTH)) {
                    return false;
                }
                works = true;
            }
        }
        // A loop that also does work ends only when the field changes: its condition names nothing else
        // (a counter it advances would end it), and nothing in it jumps out.
        return !works || m.facts().loops().get(loop).exits().isEmpty() && onlyFields(m.facts().loops().get(loop));
    }

    /** Whether the loop's condition reads the field at {@code written} (the loop changes what it tests). */
    private static boolean advancesCondition(MethodInfo m, int loop, AccessPath written) {
        return m.facts().loops().get(loop).conditionReads().contains(written);
    }

    private static boolean pause(Program program, MethodInfo m, Event.Call call) {
        var traits = program.traits(m, call);
        return traits.contains(MethodTrait.SPIN_HINT) || traits.contains(MethodTrait.CURRENT_THREAD);
    }

    /**
     * Whether the call at {@code event} of {@code m} runs only program code that synchronizes nothing: every
     * target has a body that takes no lock, reads and writes no volatile field, does not write the polled
     * field, and calls only pauses and code of the same kind ({@code depth} calls deep). Library code, or
     * code the program does not have, may synchronize.
     */
    private static boolean quietCallees(Program program, MethodInfo m, int event, FieldInfo polled, int depth) {
        List<MethodInfo> targets = program.callGraph().targets(m, event);
        if (depth == 0 || targets.isEmpty()) {
            return false;
        }
        for (MethodInfo t : targets) {
            if (t.facts().isAbstract() || t.facts().isSynchronized() || !quiet(program, t, polled, depth)) {
                return false;
            }
        }
        return true;
    }

    private static boolean quiet(Program program, MethodInfo t, FieldInfo polled, int depth) {
        List<Event> events = t.facts().events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (!e.held().isEmpty() || e instanceof Event.Acquire || e instanceof Event.NewObject) {
                return false;
            }
            if (e instanceof Event.FieldAccess fa) {
                FieldInfo f = program.field(t, fa.path());
                if (f == null ? fa.kind() != Event.AccessKind.READ : f == polled && fa.kind() != Event.AccessKind.READ
                        || f.facts().isVolatile()) {
                    return false;
                }
            } else if (e instanceof Event.Call call && !pause(program, t, call)
                    && !quietCallees(program, t, i, polled, depth - 1)) {
                return false;
            }
        }
        return true;
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

    /**
     * Whether code other than the spinning method writes the field, outside construction and outside code
     * left only for tests: a setter nothing in the program calls, in a class visible only for tests
     * ({@code @VisibleForTesting}), or one written for tests itself, writes nothing while the program runs.
     */
    private static boolean writtenElsewhere(Program program, FieldInfo f, MethodInfo spinner) {
        for (MethodInfo m : f.owner().methods()) {
            if (m == spinner || m.facts().isInitialization() || testOnly(program, m)) {
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

    /** Whether {@code m} is code for tests: written for them, or uncalled in a class left visible only for them. */
    private static boolean testOnly(Program program, MethodInfo m) {
        if (RaceFields.forTesting(m)) {
            return true;
        }
        if (!program.callGraph().callersOf(m).isEmpty()) {
            return false;
        }
        for (TypeInfo t = m.owner(); t != null; t = t.enclosing()) {
            if (program.knowledge().annotated(t.facts().annotations(), AnnotationTrait.FOR_TESTING)) {
                return true;
            }
        }
        return false;
    }
}
