package dev.fearless.program;

import static dev.fearless.program.Programs.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The program's types by name and their direct links: enclosing type, supertypes, subtypes. */
class TypeTableTest {

    private static final TypeTable TABLE = Programs.table(
            "p/Base.java", """
                    package p;
                    import java.util.concurrent.Callable;
                    class Base implements Runnable, Callable<String> {
                        static class Member { }
                        static class Nested extends Base { }
                        public void run() { }
                        public String call() { return ""; }
                    }
                    """,
            "p/Sub.java", """
                    package p;
                    class Sub extends Base {
                        static class FromInherited extends Member { }
                        void m() { new Object() { }; }
                    }
                    """,
            "p/Other.java", "package p; class Other extends Base implements Marker { }",
            "p/Marker.java", "package p; interface Marker { }",
            "p/Self.java", "package p; class Self extends Self { }",
            "q/Sub.java", "package p; class Sub extends Other { }");

    private static List<String> names(List<TypeInfo> types) {
        return types.stream().map(TypeInfo::name).toList();
    }

    @Test
    void nestedType_isLinkedToItsEnclosingType() {
        assertSame(type(TABLE, "p.Base"), type(TABLE, "p.Base.Member").enclosing());
        assertNull(type(TABLE, "p.Base").enclosing());
    }

    @Test
    void anonymousClass_isLinkedToTheTypeAndMethodItIsWrittenIn() {
        TypeInfo anonymous = type(TABLE, "p.Sub$1");
        assertSame(type(TABLE, "p.Sub"), anonymous.enclosing());
        assertEquals("m", anonymous.enclosingMethod().name());
    }

    @Test
    void supertypes_areResolvedToQualifiedNames() {
        TypeInfo base = type(TABLE, "p.Base");
        assertNull(base.superclass());
        assertEquals(List.of("java.lang.Runnable", "java.util.concurrent.Callable"), base.interfaces());
        assertEquals("p.Base", type(TABLE, "p.Other").superclass());
        assertEquals(List.of("p.Marker"), type(TABLE, "p.Other").interfaces());
    }

    @Test
    void supertypeNamedByAnInheritedMemberType_isResolvedThroughTheEnclosingTypesSuperclass() {
        assertEquals("p.Base.Member", type(TABLE, "p.Sub.FromInherited").superclass());
    }

    @Test
    void nestedClassExtendingItsEnclosingClass_isBothItsMemberAndItsSubtype() {
        TypeInfo base = type(TABLE, "p.Base");
        TypeInfo nested = type(TABLE, "p.Base.Nested");
        assertSame(base, nested.enclosing());
        assertTrue(base.subtypes().contains(nested));
    }

    @Test
    void typeNamingItselfAsSupertype_hasNoSuperclass() {
        assertNull(type(TABLE, "p.Self").superclass());
        assertEquals(List.of(), type(TABLE, "p.Self").subtypes());
    }

    @Test
    void subtypes_areTheDirectSubtypesInDeclarationOrder() {
        assertEquals(List.of("p.Base.Nested", "p.Sub", "p.Other"), names(type(TABLE, "p.Base").subtypes()));
        assertEquals(List.of("p.Other"), names(type(TABLE, "p.Marker").subtypes()));
    }

    @Test
    void duplicateName_standsForTheFirstDeclaration_butEveryDeclarationIsLinked() {
        TypeInfo first = type(TABLE, "p.Sub");
        TypeInfo second = TABLE.declared().stream().filter(t -> t.name().equals("p.Sub") && t != first)
                .findFirst().orElseThrow();
        assertNotSame(first, second);
        assertEquals("p.Base", first.superclass());
        assertEquals("p.Other", second.superclass());
        assertEquals(1, TABLE.types().stream().filter(t -> t.name().equals("p.Sub")).count());
        assertTrue(names(type(TABLE, "p.Other").subtypes()).contains("p.Sub"));
    }

    @Test
    void methods_areEveryDeclaredMethodInFileOrder() {
        assertEquals(TABLE.declared().stream().flatMap(t -> t.methods().stream()).toList(), TABLE.methods());
    }

    @Test
    void unknownName_isNoType() {
        assertNull(TABLE.type("p.Missing"));
        assertNull(TABLE.type(null));
        assertFalse(TABLE.contains(null));
        assertTrue(TABLE.contains("p.Base.Member"));
    }
}
