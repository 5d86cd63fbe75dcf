package dev.fearless.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Event.AccessKind;
import dev.fearless.facts.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How each field access is classified: read, write, read-modify-write, array element write. */
class FieldAccessKindTest {

    private static List<AccessKind> kindsOf(String body) {
        Snippet s = Snippet.of("""
                class K {
                    private int x;
                    private int[] arr = new int[4];
                    private final int constant = 1;
                    static int shared;
                    void m(int i, int v) { %s }
                }
                """.formatted(body));
        return s.method("m").events().stream().filter(e -> e instanceof Event.FieldAccess).map(e -> (Event.FieldAccess) e)
                .map(Event.FieldAccess::kind).toList();
    }

    @Test
    void plainRead_isRead() {
        assertEquals(List.of(AccessKind.READ), kindsOf("int y = x;"));
    }

    @Test
    void plainAssignment_isWrite() {
        assertEquals(List.of(AccessKind.WRITE), kindsOf("x = v;"));
    }

    @Test
    void postIncrement_isUpdate() {
        assertEquals(List.of(AccessKind.UPDATE), kindsOf("x++;"));
    }

    @Test
    void preDecrement_isUpdate() {
        assertEquals(List.of(AccessKind.UPDATE), kindsOf("--x;"));
    }

    @Test
    void compoundAssignment_isUpdate() {
        assertEquals(List.of(AccessKind.UPDATE), kindsOf("x += 1;"));
    }

    @Test
    void assignmentOfAnExpressionReadingTheField_isUpdate() {
        List<AccessKind> kinds = kindsOf("x = x + 1;");
        assertEquals(AccessKind.UPDATE, kinds.get(kinds.size() - 1));
    }

    @Test
    void arrayElementAssignment_isElementWrite() {
        assertTrue(kindsOf("arr[i] = v;").contains(AccessKind.ELEMENT_WRITE));
    }

    @Test
    void arrayElementRead_isElementRead() {
        assertTrue(kindsOf("int y = arr[i];").contains(AccessKind.ELEMENT_READ));
    }

    @Test
    void finalFieldRead_isNotAnEvent() {
        assertEquals(List.of(), kindsOf("int y = constant;"));
    }

    @Test
    void staticFieldWrite_hasAStaticPath() {
        Snippet s = Snippet.of("package p; class K { static int shared; void m() { shared = 2; } }");
        Event.FieldAccess write = Snippet.firstWrite(s.method("m"), "shared");
        assertEquals(AccessPath.root(AccessPath.Root.STATIC, "p.K").plus("shared"), write.path());
        assertEquals(AccessKind.WRITE, write.kind());
    }

    @Test
    void write_recordsTheValueWritten() {
        Snippet s = Snippet.of("class K { String name; void m(String n) { name = n; } }");
        Event.FieldAccess write = Snippet.firstWrite(s.method("m"), "name");
        assertEquals(new Value.PathValue(AccessPath.root(AccessPath.Root.PARAM, "n")), write.value());
    }

    @Test
    void writeAndUpdate_areWrites_butPlainWriteIsNotARead() {
        assertTrue(AccessKind.UPDATE.isWrite());
        assertTrue(AccessKind.UPDATE.isRead());
        assertTrue(AccessKind.ELEMENT_WRITE.isWrite());
        assertFalse(AccessKind.WRITE.isRead());
    }

    @Test
    void constantImportedByName_isTheStaticFieldOfItsType_notATypeName() {
        Snippet s = Snippet.of("""
                package p;
                import static q.Codes.EXIT_INTERRUPTED;
                import static q.Codes.Inner;
                class K {
                    void m() { stop(EXIT_INTERRUPTED, "why"); use(Inner.class); }
                    void stop(int code, String why) { }
                    void use(Object o) { }
                }
                """);
        Event.Call stop = (Event.Call) s.method("m").events().stream()
                .filter(e -> e instanceof Event.Call c && c.name().equals("stop")).findFirst().orElseThrow();
        assertEquals(new Value.PathValue(AccessPath.root(AccessPath.Root.STATIC, "q.Codes").plus("EXIT_INTERRUPTED")),
                stop.args().get(0));
    }

    @Test
    void finalFieldRead_isNoEvent_butIsNotedAsReadByTheMethod() {
        Snippet s = Snippet.of("""
                class K {
                    private final int constant = 1;
                    private final Object lock = new Object();
                    private int x;
                    int m() { return constant + x; }
                    int n() { return x; }
                }
                """);
        assertEquals(List.of("constant"), s.method("m").finalReads());
        assertEquals(List.of(), s.method("n").finalReads());
    }

    @Test
    void parameterOfABoundedTypeVariable_hasTheBoundsErasure_anUnboundedOneStaysAsWritten() {
        Snippet s = Snippet.of("""
                class K {
                    <T extends java.io.Flushable> T sink(String name, T sink) { return sink; }
                    <T> T source(String name, T source) { return source; }
                }
                """);
        assertEquals("java.io.Flushable", s.method("sink").params().get(1).type().name());
        assertEquals("T", s.method("source").params().get(1).type().name());
    }
}
