package dev.fearless.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.fearless.facts.Event;
import dev.fearless.facts.Event.Discipline;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.MethodFacts;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lock and unlock calls that do not pair up (the wrong lock released, one unlock too many, a lock never
 * taken or never released) are extracted like any other code, and extraction ends. A statement repeated
 * after a {@code lock()} once sent the search for its {@code unlock()} round in a circle.
 */
class MismatchedLocksTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    private static MethodFacts extract(String body) {
        return assertTimeoutPreemptively(LIMIT, () -> Snippet.of("""
                import java.util.concurrent.locks.ReentrantLock;
                class M {
                    private final ReentrantLock a = new ReentrantLock();
                    private final ReentrantLock b = new ReentrantLock();
                    private int n;
                    private boolean more;
                    void m() { %s }
                }
                """.formatted(body)).method("m"), () -> "extraction of { " + body + " } did not end");
    }

    private static LockRef lock(String field) {
        return LockRef.lock(LockRef.Kind.LOCK, Snippet.thisField(field));
    }

    private static List<LockSet> heldAtWritesOfN(MethodFacts m) {
        return Snippet.accesses(m, "n").stream().filter(a -> a.kind().isWrite()).map(Event::held).toList();
    }

    private static List<Discipline> disciplines(MethodFacts m) {
        return Snippet.acquires(m).stream().map(Event.Acquire::discipline).toList();
    }

    @Test
    void otherLockReleased_extractionEnds_andTheTakenLockStaysHeld() {
        MethodFacts m = extract("a.lock(); n++; a.unlock(); b.lock(); n++; a.unlock();");
        assertEquals(List.of(Snippet.held(lock("a")), Snippet.held(lock("b"))), heldAtWritesOfN(m));
        assertEquals(List.of(Discipline.NOT_IN_FINALLY, Discipline.NO_RELEASE), disciplines(m));
    }

    @Test
    void oneUnlockTooMany_extractionEnds() {
        MethodFacts m = extract("a.lock(); n++; a.unlock(); a.unlock(); n++;");
        assertEquals(List.of(Snippet.held(lock("a")), Snippet.held()), heldAtWritesOfN(m));
        assertEquals(List.of(Discipline.NOT_IN_FINALLY), disciplines(m));
    }

    @Test
    void unlockOfALockNeverTaken_extractionEnds() {
        MethodFacts m = extract("a.lock(); n++; b.unlock(); n++; b.unlock();");
        assertEquals(List.of(Snippet.held(lock("a")), Snippet.held(lock("a"))), heldAtWritesOfN(m));
        assertEquals(List.of(Discipline.NO_RELEASE), disciplines(m));
    }

    @Test
    void lockNeverReleased_beforeRepeatedStatements_extractionEnds() {
        MethodFacts m = extract("a.lock(); n++; n++;");
        assertEquals(List.of(Snippet.held(lock("a")), Snippet.held(lock("a"))), heldAtWritesOfN(m));
        assertEquals(List.of(Discipline.NO_RELEASE), disciplines(m));
    }

    @Test
    void lockInALoopWithoutUnlock_extractionEnds() {
        MethodFacts m = extract("while (more) { a.lock(); n++; n++; }");
        assertEquals(List.of(Snippet.held(lock("a")), Snippet.held(lock("a"))), heldAtWritesOfN(m));
        assertEquals(List.of(Discipline.NO_RELEASE), disciplines(m));
    }

    @Test
    void lockTakenTwiceInALoop_releasedOnce_extractionEnds() {
        MethodFacts m = extract("for (int i = 0; i < 3; i++) { a.lock(); a.lock(); n++; a.unlock(); n++; }");
        assertEquals(List.of(Snippet.held(lock("a")), Snippet.held()), heldAtWritesOfN(m));
        assertEquals(List.of(Discipline.NOT_IN_FINALLY, Discipline.NOT_IN_FINALLY), disciplines(m));
    }

    @Test
    void lockStatementRepeatedAfterACanonicalSection_isJudgedWhereItStands() {
        MethodFacts m = extract("a.lock(); try { n++; } finally { a.unlock(); } a.lock(); n++; a.unlock();");
        assertEquals(List.of(Discipline.CANONICAL, Discipline.NOT_IN_FINALLY), disciplines(m));
    }
}
