package dev.fearless.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.stmt.Statement;
import org.junit.jupiter.api.Test;

/** Whether a method body can fall off its end: where a lock wrapper's end must hold the lock. */
class LockWrappersTest {

    private static boolean completes(String block) {
        Statement s = StaticJavaParser.parseBlock(block);
        return LockWrappers.canCompleteNormally(s);
    }

    @Test
    void loopsWithoutBreak_andReturnsAndThrows_doNotComplete() {
        assertFalse(completes("{ for (;;) { if (ok()) { return; } } }"));
        assertFalse(completes("{ while (true) { try { return; } catch (RuntimeException e) { log(e); } } }"));
        assertFalse(completes("{ try { for (;;) { step(); } } finally { done(); } }"));
        assertFalse(completes("{ if (a) { return; } else { throw new IllegalStateException(); } }"));
    }

    @Test
    void breaksConditionsAndPlainStatements_complete() {
        assertTrue(completes("{ lock.lock(); }"));
        assertTrue(completes("{ for (;;) { if (ok()) { break; } } }"));
        assertTrue(completes("{ while (running) { step(); } }"));
        assertTrue(completes("{ if (a) { return; } }"));
        assertTrue(completes("{ outer: for (;;) { for (;;) { break outer; } } }"));
        assertFalse(completes("{ for (;;) { for (;;) { break; } } }"));
    }
}
