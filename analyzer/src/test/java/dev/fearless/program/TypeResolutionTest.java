package dev.fearless.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
            "c/OnDemand.java", "package c; public class OnDemand { }");

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
    void unknownName_staysUnknown() {
        assertNull(resolve("NoSuchType"));
    }
}
