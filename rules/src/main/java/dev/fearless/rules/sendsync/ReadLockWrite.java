package dev.fearless.rules.sendsync;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.summary.Describe;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodMatcher;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.summary.AccessOp;
import dev.fearless.summary.AccessRecord;
import dev.fearless.summary.FieldUse;
import dev.fearless.summary.Nature;
import dev.fearless.summary.Summaries;
import java.util.HashSet;
import java.util.Set;

/**
 * A write to shared state made while holding only the read lock of a ReadWriteLock: a field assignment
 * or increment, an element write, or a mutating call on a non-thread-safe collection in a field.
 * Readers hold the read lock together, so their writes race with each other. Writes to volatile fields
 * (plain stores), atomics, concurrent collections and locals are not races; neither is a write made
 * while some exclusive lock is held as well.
 */
@RuleMeta(family = Family.SENDSYNC, severity = Severity.ERROR,
        summary = "A write to shared state while holding only a ReadWriteLock's read lock.",
        peers = {})
public final class ReadLockWrite implements MethodMatcher {

    @Override
    public void matchMethod(MethodScope scope) {
        RuleContext context = scope.context();
        Program program = scope.program();
        Summaries summaries = scope.summaries();
        MethodInfo m = scope.method();
        if (m.declaringMethod().facts().isInitialization()) {
            return;
        }
        LockSet entry = summaries.entryLocks(m);
        Set<String> reported = new HashSet<>();
        for (AccessRecord r : summaries.accesses(m)) {
            LockSet held = entry.plusAll(r.held());
            LockRef read = onlyReadLock(held);
            if (read == null || !r.op().isWrite()) {
                continue;
            }
            FieldInfo f = program.field(r.originMethod(), r.path());
            if (f == null) {
                f = program.field(m, r.path());
            }
            if (f == null || !racyWrite(program, summaries, f, r.op())) {
                continue;
            }
            if (r.path().root() == AccessPath.Root.PARAM
                    || !r.direct(m) && readLockOnEntry(summaries.entryLocks(r.originMethod()))) {
                continue;
            }
            if (!guardedBy(summaries, f, read, r)) {
                continue;
            }
            if (reported.add(r.site() + "|" + f)) {
                report(context, m, r, f, read);
            }
        }
    }

    /** The read lock held, when no exclusive lock (a monitor, a plain lock, a write lock) is held with it; else null. */
    private static LockRef onlyReadLock(LockSet held) {
        LockRef read = null;
        for (LockRef l : held.locks()) {
            if (l.kind() == LockRef.Kind.READ) {
                read = l;
            } else {
                return null;
            }
        }
        return read;
    }

    /**
     * Whether the field is state of the ReadWriteLock: some other access to it (elsewhere than this write)
     * holds the same lock's read or write side.
     */
    private static boolean guardedBy(Summaries summaries, FieldInfo f, LockRef read, AccessRecord write) {
        for (FieldUse u : summaries.uses(f)) {
            if (u.origin().equals(write.origin()) && u.originMethod() == write.originMethod()) {
                continue;
            }
            for (LockRef l : u.held().locks()) {
                if ((l.kind() == LockRef.Kind.READ || l.kind() == LockRef.Kind.WRITE) && l.path().equals(read.path())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A helper that always runs under the read lock reports its own writes; its callers do not repeat them. */
    private static boolean readLockOnEntry(LockSet entry) {
        return entry.locks().stream().anyMatch(l -> l.kind() == LockRef.Kind.READ);
    }

    /** Whether writing the field this way races between readers. */
    private static boolean racyWrite(Program program, Summaries summaries, FieldInfo f, AccessOp op) {
        String type = program.resolveType(f.facts().type(), f.owner());
        if (op.writesField()) {
            if (f.facts().isFinal() || op == AccessOp.WRITE && f.facts().isVolatile()) {
                return false;
            }
            return type == null || !program.is(type, TypeTrait.ATOMIC);
        }
        return summaries.syncTypes().nature(f) == Nature.UNSAFE;
    }

    private static void report(RuleContext context, MethodInfo m, AccessRecord r, FieldInfo f, LockRef read) {
        String what = switch (r.op()) {
            case UPDATE -> "`" + f.name() + "` is updated";
            case WRITE -> "`" + f.name() + "` is written";
            case ELEMENT_WRITE -> "an element of `" + f.name() + "` is written";
            default -> "`" + f.name() + "." + r.call() + "()` changes `" + f.name() + "`";
        };
        String lock = Describe.lock(read);
        String writeLock = lock.endsWith(".readLock()") ? lock.substring(0, lock.length() - ".readLock()".length())
                + ".writeLock()" : "the write lock";
        RuleContext.FindingBuilder finding = context.report(m, r.site(), what + " while holding only the read lock `"
                + lock + "`" + (r.direct(m) ? "" : " (in `" + r.originMethod().display() + "`, called from here)")
                + ": readers hold it together, so their writes race; take `" + writeLock + "` to write");
        if (!r.direct(m)) {
            finding.related(r.originMethod(), r.origin(), "the write happens here");
        }
        Event acquire = acquireOf(m, read);
        if (acquire != null) {
            finding.related(m, acquire.pos(), "the read lock is taken here");
        }
        int shown = 0;
        for (FieldUse u : context.summaries().uses(f)) {
            if (shown < 2 && u.op().isWrite() && u.held().locks().stream().anyMatch(l -> l.kind() == LockRef.Kind.WRITE)) {
                finding.related(u.method(), u.site(), "`" + f.name() + "` is written under the write lock here");
                shown++;
            }
        }
        finding.add();
    }

    private static Event acquireOf(MethodInfo m, LockRef lock) {
        for (Event e : m.facts().events()) {
            if (e instanceof Event.Acquire a && a.lock().equals(lock)) {
                return e;
            }
        }
        return null;
    }
}
