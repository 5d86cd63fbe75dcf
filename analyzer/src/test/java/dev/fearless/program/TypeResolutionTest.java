package dev.fearless.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.fearless.facts.TypeRef;
import org.junit.jupiter.api.Test;

/** How a type name written in a file resolves to a qualified name. */
class TypeResolutionTest {

    private static final Program PROGRAM = Programs.link(
            "a/Main.java", """
                    package a;
                    import b.Imported;
                    import c.*;
                    import java.util.concurrent.*;
                    class Main {
                        static class Nested { }
                        class Inner { }
                    }
                    """,
            "a/Sibling.java", "package a; class Sibling { }",
            "a/Outer.java", "package a; class Outer { static class Deep { } }",
            "b/Imported.java", "package b; public class Imported { }",
            "b/Main.java", "package b; public class Main { }",
            "c/OnDemand.java", "package c; public class OnDemand { }",
            "d/Parent.java", "package d; public class Parent { public static class Inherited { } }",
            "d/Child.java", """
                    package d;
                    import a.Outer.Deep;
                    import java.util.Map;
                    class Child extends Parent {
                        static class Inside { }
                    }
                    """);

    private static final TypeInfo MAIN = Programs.type(PROGRAM, "a.Main");

    private static String resolve(String written) {
        return PROGRAM.resolveType(written, MAIN);
    }

    @Test
    void singleTypeImport_resolvesToTheImportedType() {
        assertEquals("b.Imported", resolve("Imported"));
    }

    @Test
    void typeOfTheSamePackage_resolvesWithoutImport() {
        assertEquals("a.Sibling", resolve("Sibling"));
    }

    @Test
    void ownName_resolvesToItself_notToAnotherPackagesTypeOfTheSameName() {
        assertEquals("a.Main", resolve("Main"));
    }

    @Test
    void nestedTypes_resolveFromTheirEnclosingType() {
        assertEquals("a.Main.Nested", resolve("Nested"));
        assertEquals("a.Main.Inner", resolve("Inner"));
        assertEquals("a.Main.Nested", PROGRAM.resolveType("Nested", Programs.type(PROGRAM, "a.Main.Inner")));
    }

    @Test
    void qualifiedNestedType_resolvesThroughItsOuterType() {
        assertEquals("a.Outer.Deep", resolve("Outer.Deep"));
    }

    @Test
    void onDemandImport_resolvesProgramTypes() {
        assertEquals("c.OnDemand", resolve("OnDemand"));
    }

    @Test
    void onDemandImport_resolvesLibraryTypes() {
        assertEquals("java.util.concurrent.ConcurrentHashMap", resolve("ConcurrentHashMap"));
    }

    @Test
    void javaLangTypes_resolveWithoutImport() {
        assertEquals("java.lang.String", resolve("String"));
        assertEquals("java.lang.Thread", resolve("Thread"));
    }

    @Test
    void fullyQualifiedName_resolvesToItself() {
        assertEquals("b.Imported", resolve("b.Imported"));
        assertEquals("java.util.HashMap", resolve("java.util.HashMap"));
    }

    @Test
    void memberTypeOfTheSuperclass_resolvesInTheSubclassAndItsNestedTypes() {
        assertEquals("d.Parent.Inherited", PROGRAM.resolveType("Inherited", Programs.type(PROGRAM, "d.Child")));
        assertEquals("d.Parent.Inherited", PROGRAM.resolveType("Inherited", Programs.type(PROGRAM, "d.Child.Inside")));
    }

    @Test
    void importedNestedType_resolves() {
        assertEquals("a.Outer.Deep", PROGRAM.resolveType("Deep", Programs.type(PROGRAM, "d.Child")));
    }

    @Test
    void nestedLibraryType_resolvesToItsBinaryName() {
        assertEquals("java.util.Map$Entry", PROGRAM.resolveType("Map.Entry", Programs.type(PROGRAM, "d.Child")));
    }

    @Test
    void primitiveOrUnknownReference_hasNoQualifiedName() {
        assertNull(PROGRAM.resolveType(TypeRef.of("int"), MAIN));
        assertNull(PROGRAM.resolveType(TypeRef.UNKNOWN, MAIN));
        assertNull(PROGRAM.resolveType("", MAIN));
        assertNull(PROGRAM.resolveType("Sibling", null));
    }

    @Test
    void unknownName_staysUnknown() {
        assertNull(resolve("NoSuchType"));
        assertNull(resolve("NoSuchType"), "the memo keeps unknown as unknown");
    }

    @Test
    void qualifiedNameOfAnUnknownLibraryType_resolvesAsWritten_likeItsImport() {
        assertEquals("org.acme.Widget", resolve("org.acme.Widget"));
        assertEquals("java.io.Closeable", resolve("java.io.Closeable"));
    }
}
