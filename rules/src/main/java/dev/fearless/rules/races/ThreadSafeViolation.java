package dev.fearless.rules.races;

import dev.fearless.knowledge.AnnotationTrait;
import dev.fearless.facts.AnnotationFacts;
import dev.fearless.facts.LockRef;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.Program;
import dev.fearless.program.StaticType;
import dev.fearless.program.TypeInfo;
import dev.fearless.rule.Family;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.rule.TypeMatcher;
import dev.fearless.summary.Conflicts;
import dev.fearless.summary.Describe;
import dev.fearless.summary.FieldUse;
import dev.fearless.summary.Guards;
import dev.fearless.summary.Holdings;
import dev.fearless.summary.Nature;
import dev.fearless.summary.Summaries;
import java.util.List;

/**
 * A {@code @ThreadSafe} class with a field that is not Sync: not final of an immutable or thread-safe
 * type, not volatile or atomic, and not guarded (by {@code @GuardedBy} or by one lock on every use).
 */
@RuleMeta(family = Family.RACES, severity = Severity.WARNING,
        summary = "A @ThreadSafe class with a field that is neither final (of a type not known mutable), volatile/atomic, nor guarded.",
        peers = {"errorprone:ThreadSafe", "infer:INTERFACE_NOT_THREAD_SAFE"})
public final class ThreadSafeViolation implements TypeMatcher {

    @Override
    public void matchType(RuleContext context, TypeInfo t) {
        Program program = context.program();
        Summaries summaries = context.summaries();
        if (!program.knowledge().annotated(t.facts().annotations(), AnnotationTrait.THREAD_SAFE)) {
            return;
        }
        for (FieldInfo f : t.fields()) {
            String why = problem(program, summaries, f);
            if (why == null) {
                continue;
            }
            List<FieldUse> uses = summaries.uses(f);
            Conflicts.Race witness = witness(program, summaries, uses);
            String message = "field `" + f.name() + "` of @ThreadSafe class `" + t.simpleName() + "` " + why;
            if (witness == Conflicts.Race.NONE) {
                // The promise is not kept by the field itself, but no two of its accesses in the program are seen
                // to meet: the class may keep it another way (one executor, one thread at a time) or its users
                // may not share it; a note, for the reader of the contract.
                context.report(t, f.facts().pos(), message + "; no two of its accesses in the program are seen to "
                        + "run on two threads at once, so nothing shows the class breaking its promise yet").note().add();
                continue;
            }
            FieldUse w = witness.use();
            FieldUse other = witness.other();
            String documented = dev.fearless.summary.RaceFields.deliberate(f);
            var finding = context.report(t, f.facts().pos(), message + "; " + what(w) + " in `" + w.method().display() + "`: "
                            + Conflicts.proof(summaries, w, other) + (documented == null ? "" : documented))
                    .related(w.originMethod(), w.origin(), what(w) + " is made here")
                    .related(other.originMethod(), other.origin(), what(other) + " is made here (the other side)");
            if (documented != null) {
                finding.note(); // its authors weighed the race: a note, for the reader of the contract
            }
            finding.add();
        }
    }

    /** An access, for messages: {@code the write of `prefix`}, {@code `lastSeen.remove()`}. */
    private static String what(FieldUse u) {
        if (u.op().throughContents()) {
            return Describe.access(u);
        }
        return (u.op().isWrite() ? "the write of " : "the read of ") + Describe.access(u);
    }

    /**
     * A change of the field (or of what it holds) and an access that races with it, the proof that the
     * class breaks its promise; {@link Conflicts.Race#NONE} when no change of it meets another access in the program.
     */
    private static Conflicts.Race witness(Program program, Summaries summaries, List<FieldUse> uses) {
        for (FieldUse u : uses) {
            if (!u.op().isWrite()) {
                continue;
            }
            FieldUse other = Conflicts.otherSide(program, summaries, u, uses, v -> true);
            if (other != null) {
                return new Conflicts.Race(u, other);
            }
        }
        return Conflicts.Race.NONE;
    }

    private static String problem(Program program, Summaries summaries, FieldInfo f) {
        if (f.facts().isVolatile()
                || program.knowledge().annotated(f.facts().annotations(), AnnotationTrait.GUARDED_BY)) {
            return null;
        }
        String type = program.resolveType(f.facts().type(), f.owner());
        if (type != null && program.is(type, TypeTrait.ATOMIC)) {
            return null;
        }
        Nature nature = summaries.syncTypes().nature(f);
        // A final field of a type nothing says is mutable (a Function, an unknown library interface) holds
        // what it was given; only known mutable state (a JDK collection, an array, a program class with
        // plain state) is reported.
        if (f.facts().isFinal() && nature != Nature.UNSAFE && !f.facts().type().isArray()
                && Holdings.ofType(program, summaries, new StaticType(type, f.facts().type(), f.owner())) != Nature.UNSAFE) {
            return null;
        }
        if (consistentlyGuarded(summaries.uses(f))) {
            return null;
        }
        if (!f.facts().isFinal()) {
            return "is not final, volatile or guarded by a lock: threads may see it change, or see it stale";
        }
        return "holds a " + (f.facts().type().isArray() ? "mutable array" : "mutable `" + f.facts().type().simpleName() + "`")
                + " that is not guarded by a lock: its contents are shared between threads without synchronization";
    }

    /** Whether every use holds one common comparable lock (and there is at least one use). */
    private static boolean consistentlyGuarded(List<FieldUse> uses) {
        if (uses.isEmpty()) {
            return false;
        }
        Guards guards = Guards.infer(uses);
        LockRef lock = guards.lock();
        return lock != null && guards.unguarded().isEmpty();
    }
}
