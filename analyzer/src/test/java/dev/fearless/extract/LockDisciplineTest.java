package dev.fearless.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fearless.facts.Event.Discipline;
import org.junit.jupiter.api.Test;

/** Where the unlock() of an explicitly taken lock is, relative to its lock() call. */
class LockDisciplineTest {

    private static final Snippet SNIPPET = Snippet.of("""
            import java.util.concurrent.locks.*;
            class D {
                private final Lock lock = new ReentrantLock();
                private int x;
                void canonical() { lock.lock(); try { x = 1; } finally { lock.unlock(); } }
                void canonicalThisQualified() { this.lock.lock(); try { x = 1; } finally { lock.unlock(); } }
                void notInFinally() { lock.lock(); x = 1; lock.unlock(); }
                void insideTry() { try { lock.lock(); x = 1; } finally { lock.unlock(); } }
                void gapBeforeTry() { lock.lock(); x = 2; try { x = 1; } finally { lock.unlock(); } }
                void noRelease() { lock.lock(); x = 1; }
                void monitor() { synchronized (this) { x = 1; } }
            }
            """);

    private static Discipline disciplineOf(String method) {
        return Snippet.onlyAcquire(SNIPPET.method(method)).discipline();
    }

    @Test
    void lockThenTryFinallyUnlock_isCanonical() {
        assertEquals(Discipline.CANONICAL, disciplineOf("canonical"));
    }

    @Test
    void thisQualifiedLock_matchesUnqualifiedUnlock() {
        assertEquals(Discipline.CANONICAL, disciplineOf("canonicalThisQualified"));
    }

    @Test
    void unlockOutsideFinally_isNotInFinally() {
        assertEquals(Discipline.NOT_IN_FINALLY, disciplineOf("notInFinally"));
    }

    @Test
    void lockInsideTheTryItsFinallyReleases_isInsideTry() {
        assertEquals(Discipline.INSIDE_TRY, disciplineOf("insideTry"));
    }

    @Test
    void statementsBetweenLockAndTry_areAGapBeforeTry() {
        assertEquals(Discipline.GAP_BEFORE_TRY, disciplineOf("gapBeforeTry"));
    }

    @Test
    void lockWithoutAnyUnlock_hasNoRelease() {
        assertEquals(Discipline.NO_RELEASE, disciplineOf("noRelease"));
    }

    @Test
    void monitor_isStructured() {
        assertEquals(Discipline.STRUCTURED, disciplineOf("monitor"));
    }
}
