package dev.fearless.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class InitializersTest {

    private final Analyzed a = Analyzed.of("""
            class Inits {
                private final Object lock = new Object();
                private static final Object GLOBAL = new Object();
                private int plain;
            }
            class Bare {
                private int n;
            }
            """);

    @Test
    void instanceAndStaticInitializers_runInTheirSyntheticMethods() {
        assertEquals("<init>", Initializers.of(a.field("Inits", "lock")).name());
        assertEquals("<clinit>", Initializers.of(a.field("Inits", "GLOBAL")).name());
    }

    @Test
    void typeWithoutInitializers_hasNone() {
        assertNull(Initializers.of(a.field("Bare", "n")));
    }
}
