package dev.fearless.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.fearless.program.MethodInfo;
import org.junit.jupiter.api.Test;

class HoldingsTest {

    private final Analyzed a = Analyzed.of("""
            import java.util.*;
            import java.util.concurrent.atomic.AtomicInteger;
            class Vars {
                void m(Runnable r) {
                    List<String> list = new ArrayList<>();
                    String text = "x";
                    AtomicInteger count = new AtomicInteger();
                    Runnable task = () -> list.add(text);
                }
            }
            """);

    private Nature of(String name) {
        return Holdings.of(a.program(), a.summaries(), a.method("Vars", "m"), name);
    }

    @Test
    void natureOfLocals_fromTheirTypes() {
        assertEquals(Nature.UNSAFE, of("list"));
        assertEquals(Nature.SYNC, of("text"));
        assertEquals(Nature.SYNC, of("count"));
    }

    @Test
    void capturedLocal_isDeclaredByTheEnclosingMethod() {
        MethodInfo m = a.method("Vars", "m");
        MethodInfo closure = a.closuresOf(m).get(0);
        assertSame(m, Holdings.declaring(closure, "list"));
    }
}
