package dev.fearless.rules.publication;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodMatcher;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.summary.Evidence;
import dev.fearless.summary.Immutables;
import dev.fearless.summary.Mutations;
import dev.fearless.summary.Nature;
import dev.fearless.summary.FieldUse;
import dev.fearless.summary.Summaries;
import java.util.List;

/**
 * A volatile field holding an array or a non-thread-safe mutable object whose contents are changed
 * through the field without a lock: an element store, a mutating call, a write of one of its fields.
 * {@code volatile} orders the reads and writes of the reference only; the contents are still shared
 * mutable state. Copy-on-write (build a new object, then assign the field) and changes under a lock are
 * fine, and construction code owns the object.
 */
@RuleMeta(family = Family.PUBLICATION, severity = Severity.WARNING,
        summary = "A volatile array or mutable object, or a plain value of a concurrent map, whose contents are changed without a lock.",
        peers = {"spotbugs:VO_VOLATILE_REFERENCE_TO_ARRAY", "sonar:S3077", "intellij:VolatileArrayField"})
public final class VolatileMutableContents implements MethodMatcher {

    @Override
    public void matchMethod(MethodScope scope) {
        Program program = scope.program();
        Summaries summaries = scope.summaries();
        MethodInfo m = scope.method();
        if (m.declaringMethod().facts().isInitialization()) {
            return;
        }
        List<Event> events = m.facts().events();
        java.util.Set<FieldInfo> reported = new java.util.HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e instanceof Event.Call call && MutableMapValues.report(scope, i, call)) {
                continue;
            }
            AccessPath through = null;
            String how = null;
            if (e instanceof Event.FieldAccess fa && fa.kind() == Event.AccessKind.ELEMENT_WRITE && fa.path().isField()) {
                through = fa.path();
                how = "an element of it is written here";
            } else if (e instanceof Event.FieldAccess fa && fa.kind().isWrite() && fa.path().fields().size() >= 2
                    && plainField(program, m, fa.path())) {
                through = fa.path().prefix();
                how = "its field `" + fa.path().lastField() + "` is written here";
            } else if (e instanceof Event.Call call && call.receiver().pathOrNull() != null
                    && call.receiver().pathOrNull().isField()
                    && Mutations.libraryMutation(program, program.staticType(m, call.receiver()).name(), call.name())) {
                through = call.receiver().pathOrNull();
                how = "`" + call.name() + "()` changes its contents here";
            }
            if (through == null) {
                continue;
            }
            FieldInfo f = program.field(m, through);
            if (f == null || !f.facts().isVolatile() || !mutableContents(program, summaries, f)) {
                continue;
            }
            // Under a lock here, or every caller holds one around the call (even one this method cannot
            // name: the monitor of the enclosing object that calls it on its inner one).
            if (!summaries.heldAt(m, e.held()).isEmpty()
                    || summaries.callerLockNodes(m).stream().anyMatch(l -> !l.dynamic())) {
                continue;
            }
            if (!sharedAt(program, summaries, f, m) || !reported.add(f)) {
                continue;
            }
            scope.report(e.pos(), "`" + f.name() + "` is volatile, but " + how + " without a lock: volatile "
                    + "publishes the reference, not the contents, so threads change and read the same "
                    + (f.facts().type().isArray() ? "array unsynchronized" : "object unsynchronized")
                    + "; build a new one and assign "
                    + "the field (copy-on-write), use a thread-safe type, or lock")
                    .related(f.owner(), f.facts().pos(), "`" + f.name() + "` is declared volatile here")
                    .add();
        }
    }

    /**
     * Whether the change of the field's contents in {@code m} can run at once with another use of the field:
     * some entry reaching {@code m}'s uses of it runs on threads that can run at the same time as those
     * of some use of it. Contents that one thread at a time reaches (a buffer only the one thread of a
     * single-thread executor uses) are no shared state, volatile or not. A change no entry is known to reach,
     * or that no known thread runs, counts as shared: the volatile says so.
     */
    private static boolean sharedAt(Program program, Summaries summaries, FieldInfo f, MethodInfo m) {
        List<FieldUse> uses = summaries.uses(f);
        boolean reached = false;
        for (FieldUse u : uses) {
            if (u.originMethod() != m) {
                continue; // the uses of the field in the changing method tell which entries, on which threads, run it
            }
            if (u.threads().isEmpty() || onlyItsOwnClients(program, u.threads(), f.owner())) {
                // no thread of the program is known to run it, or only the clients its volatile state
                // makes it seem shared with: the volatile says it is shared, unless the object's other
                // state says its callers must lock it
                return !leavesLockingToCallers(summaries, f);
            }
            reached = true;
            for (FieldUse v : uses) {
                if (summaries.threads().concurrent(u.threads(), v.threads())) {
                    return true;
                }
            }
        }
        return !reached && !leavesLockingToCallers(summaries, f);
    }

    /** Whether every thread of {@code threads} is a client of {@code owner}'s API (or of a subclass's). */
    private static boolean onlyItsOwnClients(Program program, dev.fearless.summary.ThreadSet threads, TypeInfo owner) {
        return threads.threads().stream().allMatch(t -> t.clientsOf() != null && program.isSubtype(t.clientsOf(), owner.name()));
    }

    /**
     * Whether the class of the volatile field leaves thread safety to its callers, as a java.util collection
     * does: nothing but volatile or atomic fields says it is shared (no lock, no thread-safe contract, no task
     * touching it), and another field of its objects, neither final nor volatile, is changed after
     * construction without a lock. Such an object used by several threads needs its callers' lock for that
     * field anyway, and the same lock then covers the volatile's contents: the volatile is no sharing
     * protocol of its own.
     */
    private static boolean leavesLockingToCallers(Summaries summaries, FieldInfo f) {
        Evidence e = summaries.evidence(f.owner());
        if (e.threadSafe() || e.usesLocks() || e.singleton() || e.touchedByTasks()) {
            return false;
        }
        for (FieldInfo other : f.owner().fields()) {
            if (other == f || other.facts().isStatic() || other.facts().isFinal() || other.facts().isVolatile()) {
                continue;
            }
            for (FieldUse u : summaries.uses(other)) {
                if (u.op().writesField() && u.held().isEmpty()
                        && !u.originMethod().declaringMethod().facts().isInitialization()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the field written at the end of the path is a plain one (a volatile, final or atomic field is safe to write). */
    private static boolean plainField(Program program, MethodInfo m, AccessPath path) {
        FieldInfo written = program.field(m, path);
        if (written == null) {
            return false;
        }
        String type = program.resolveType(written.facts().type(), written.owner());
        return !written.facts().isVolatile() && !written.facts().isFinal()
                && !(type != null && program.is(type, dev.fearless.knowledge.TypeTrait.ATOMIC));
    }

    /** Whether the field holds an array or an object that is not thread-safe. */
    private static boolean mutableContents(Program program, Summaries summaries, FieldInfo f) {
        if (f.facts().type().isArray()) {
            return true;
        }
        Nature n = summaries.syncTypes().nature(f);
        if (n == Nature.UNSAFE) {
            return true;
        }
        String type = program.resolveType(f.facts().type(), f.owner());
        TypeInfo t = program.type(type);
        return n != Nature.SYNC && t != null && !t.isInterface() && !summaries.evidence(t).concurrent()
                && !Immutables.allFinal(program, t);
    }
}
