package dev.fearless.summary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.facts.LockSet;
import org.junit.jupiter.api.Test;

class StaticFieldsTest {

    private final Analyzed a = Analyzed.of("""
            class Counts {
                private static int total;
                static synchronized void classLocked() { total++; }
                synchronized void instanceLocked() { total++; }
            }
            """);

    private LockSet heldAtWrite(String method) {
        return Analyzed.write(a.method("Counts", method), "total").held();
    }

    @Test
    void staticSynchronized_holdsAClassLevelLock() {
        assertTrue(StaticFields.anyClassLevel(heldAtWrite("classLocked")));
        assertTrue(StaticFields.classLevel(heldAtWrite("classLocked").locks().get(0)));
    }

    @Test
    void instanceSynchronized_holdsOnlyAnInstanceLock() {
        LockSet held = heldAtWrite("instanceLocked");
        assertFalse(StaticFields.anyClassLevel(held));
        assertTrue(StaticFields.instanceLevel(held.locks().get(0)));
    }
}
