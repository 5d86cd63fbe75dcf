package dev.fearless.summary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.program.MethodInfo;
import org.junit.jupiter.api.Test;

class LazyInitsTest {

    private final Analyzed a = Analyzed.of("""
            class Cache {
                private Object value;
                Object get() {
                    if (value == null) {
                        value = new Object();
                    }
                    return value;
                }
                Object viaLocal() {
                    Object v = value;
                    if (v == null) {
                        value = v = new Object();
                    }
                    return v;
                }
                void reset() { value = new Object(); }
            }
            """);

    @Test
    void storeUnderNullTestOfTheField_isLazyInit() {
        MethodInfo get = a.method("Cache", "get");
        assertTrue(LazyInits.isLazyInit(get, Analyzed.write(get, "value")));
        assertNotNull(LazyInits.nullCheck(get, Analyzed.write(get, "value")));
    }

    @Test
    void nullTestOfLocalCopy_counts() {
        MethodInfo m = a.method("Cache", "viaLocal");
        assertTrue(LazyInits.isLazyInit(m, Analyzed.write(m, "value")));
    }

    @Test
    void unconditionalStore_isNot() {
        MethodInfo reset = a.method("Cache", "reset");
        assertFalse(LazyInits.isLazyInit(reset, Analyzed.write(reset, "value")));
        assertNull(LazyInits.nullCheck(reset, Analyzed.write(reset, "value")));
    }
}
