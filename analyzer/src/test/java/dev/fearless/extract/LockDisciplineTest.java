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
                void firstInTry() { try { lock.lock(); x = 1; } finally { lock.unlock(); } }
                void insideTry() { try { x = Integer.parseInt("1"); lock.lock(); x = 1; } finally { lock.unlock(); } }
                void gapBeforeTry() { lock.lock(); x = Integer.parseInt("2"); try { x = 1; } finally { lock.unlock(); } }
                void assignmentBeforeTry() { lock.lock(); x = x + 2; try { x = 1; } finally { lock.unlock(); } }
                void divisionBeforeTry() { lock.lock(); x = 2 / x; try { x = 1; } finally { lock.unlock(); } }
                void maxBeforeTry() { lock.lock(); x = Math.max(x, 3); try { x = 1; } finally { lock.unlock(); } }
                void guardUnlocksBeforeThrow() { lock.lock(); if (x > 0) { lock.unlock(); throw new IllegalStateException(); } try { x = 1; } finally { lock.unlock(); } }
                void guardThrowsHoldingLock() { lock.lock(); if (x > 0) { throw new IllegalStateException(); } try { x = 1; } finally { lock.unlock(); } }
                void noRelease() { lock.lock(); x = 1; }
                void monitor() { synchronized (this) { x = 1; } }
            }
            """);

    private static Discipline disciplineOf(String method) {
        return Snippet.onlyAcquire(SNIPPET.method(method)).discipline();
    }

    @Test
    void aTotalFunctionBeforeTheTry_cannotLeaveTheLockHeld_aParseCan() {
        assertEquals(Discipline.CANONICAL, disciplineOf("maxBeforeTry"));
        assertEquals(Discipline.GAP_BEFORE_TRY, disciplineOf("gapBeforeTry"));
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
    void lockOpeningTheTryItsFinallyReleases_isFirstInTry() {
        assertEquals(Discipline.FIRST_IN_TRY, disciplineOf("firstInTry"));
    }

    @Test
    void lockAfterACallInsideTheTryItsFinallyReleases_isInsideTry() {
        assertEquals(Discipline.INSIDE_TRY, disciplineOf("insideTry"));
    }

    @Test
    void statementsThatCanThrowBetweenLockAndTry_areAGapBeforeTry() {
        assertEquals(Discipline.GAP_BEFORE_TRY, disciplineOf("gapBeforeTry"));
        assertEquals(Discipline.GAP_BEFORE_TRY, disciplineOf("divisionBeforeTry"));
    }

    @Test
    void assignmentThatCannotThrowBeforeTry_isCanonical() {
        assertEquals(Discipline.CANONICAL, disciplineOf("assignmentBeforeTry"));
    }

    @Test
    void guardThatUnlocksBeforeThrowing_isCanonical() {
        assertEquals(Discipline.CANONICAL, disciplineOf("guardUnlocksBeforeThrow"));
    }

    @Test
    void guardThatThrowsHoldingTheLock_isAGapBeforeTry() {
        assertEquals(Discipline.GAP_BEFORE_TRY, disciplineOf("guardThrowsHoldingLock"));
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
