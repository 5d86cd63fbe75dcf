package dev.fearless.summary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.facts.AccessPath;
import dev.fearless.program.MethodInfo;
import org.junit.jupiter.api.Test;

class DoubleChecksTest {

    private final Analyzed a = Analyzed.of("""
            class Single {
                private Object instance;
                private final Object lock = new Object();
                Object get() {
                    if (instance == null) {
                        synchronized (lock) {
                            if (instance == null) {
                                instance = new Object();
                            }
                        }
                    }
                    return instance;
                }
                Object once() {
                    if (instance == null) {
                        instance = new Object();
                    }
                    return instance;
                }
            }
            """);

    @Test
    void checkOutsideAndInsideLock_isDoubleChecked() {
        MethodInfo get = a.method("Single", "get");
        assertTrue(DoubleChecks.isDoubleCheckedWrite(get, Analyzed.write(get, "instance")));
        assertTrue(DoubleChecks.doubleChecks(get, AccessPath.THIS_PATH.plus("instance")));
    }

    @Test
    void singleUnlockedCheck_isNotDoubleChecked() {
        MethodInfo once = a.method("Single", "once");
        assertFalse(DoubleChecks.isDoubleCheckedWrite(once, Analyzed.write(once, "instance")));
        assertFalse(DoubleChecks.doubleChecks(once, AccessPath.THIS_PATH.plus("instance")));
    }
}
