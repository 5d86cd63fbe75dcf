package dev.fearless.program;

import static dev.fearless.program.Programs.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.knowledge.KnowledgeBase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Walks up and down the class hierarchy: supertypes, subtypes, inherited fields, methods and member types. */
class HierarchyTest {

    private static final TypeTable TABLE = Programs.table(
            "p/Shape.java", """
                    package p;
                    interface Shape {
                        int SIDES = 0;
                        default void draw() { }
                        void area();
                        class Unit { }
                    }
                    """,
            "p/Named.java", "package p; interface Named extends Shape { void name(); }",
            "p/Base.java", """
                    package p;
                    abstract class Base implements Named {
                        protected int count;
                        static class Member { }
                        public void draw() { }
                        void over(int a) { }
                        void over(int a, int b) { }
                        void spread(String... xs) { }
                    }
                    """,
            "p/Square.java", """
                    package p;
                    class Square extends Base implements Shape {
                        private int count;
                        public void area() { }
                        public void name() { }
                    }
                    """,
            "p/Tiny.java", "package p; class Tiny extends Square { }",
            "p/Round.java", "package p; class Round extends Base { public void area() { } public void name() { } }",
            "p/Cells.java", "package p; class Cells extends java.util.ArrayList<String> { }");

    private static final Hierarchy HIERARCHY = new Hierarchy(TABLE, KnowledgeBase.jdk());

    private static String owner(List<MethodInfo> methods) {
        assertEquals(1, methods.size(), () -> "methods: " + methods);
        return methods.get(0).owner().name();
    }

    @Test
    void supertypes_areTransitive_andIncludeLibraryAncestors() {
        assertEquals(List.of("p.Base", "p.Shape", "p.Named"), List.copyOf(HIERARCHY.supertypes("p.Square")));
        assertTrue(HIERARCHY.supertypes("p.Cells").containsAll(List.of("java.util.ArrayList", "java.util.List",
                "java.util.Collection")));
    }

    @Test
    void isSubtype_holdsForItselfAndItsSupertypes_only() {
        assertTrue(HIERARCHY.isSubtype("p.Tiny", "p.Tiny"));
        assertTrue(HIERARCHY.isSubtype("p.Tiny", "p.Shape"));
        assertFalse(HIERARCHY.isSubtype("p.Base", "p.Square"));
        assertFalse(HIERARCHY.isSubtype(null, "p.Shape"));
    }

    @Test
    void findUp_visitsTheTypeThenItsSupertypesBreadthFirst_eachOnce() {
        List<String> visited = new ArrayList<>();
        assertNull(HIERARCHY.findUp(type(TABLE, "p.Tiny"), t -> {
            visited.add(t.name());
            return null;
        }));
        assertEquals(List.of("p.Tiny", "p.Square", "p.Base", "p.Shape", "p.Named"), visited);
    }

    @Test
    void findUp_stopsAtTheFirstResult() {
        assertEquals("p.Square", HIERARCHY.findUp(type(TABLE, "p.Tiny"),
                t -> t.declaredField("count") != null ? t.name() : null));
    }

    @Test
    void walkDown_visitsSubtypesBreadthFirst_untilTheVisitorStops() {
        List<String> visited = new ArrayList<>();
        HIERARCHY.walkDown(type(TABLE, "p.Base"), t -> visited.add(t.name()));
        assertEquals(List.of("p.Square", "p.Round", "p.Tiny"), visited);
        visited.clear();
        HIERARCHY.walkDown(type(TABLE, "p.Base"), t -> visited.add(t.name()) && visited.size() < 2);
        assertEquals(List.of("p.Square", "p.Round"), visited);
    }

    @Test
    void field_isTheNearestDeclaration() {
        assertEquals("p.Square", HIERARCHY.field(type(TABLE, "p.Tiny"), "count").owner().name());
        assertEquals("p.Base", HIERARCHY.field(type(TABLE, "p.Round"), "count").owner().name());
        assertEquals("p.Shape", HIERARCHY.field(type(TABLE, "p.Round"), "SIDES").owner().name());
        assertNull(HIERARCHY.field(type(TABLE, "p.Round"), "missing"));
        assertNull(HIERARCHY.field(null, "count"));
    }

    @Test
    void field_isTheSameWhenAskedAgain() {
        assertSame(HIERARCHY.field(type(TABLE, "p.Tiny"), "count"), HIERARCHY.field(type(TABLE, "p.Tiny"), "count"));
    }

    @Test
    void methods_inAClass_preferTheClassToAnInterfaceDefault() {
        assertEquals("p.Base", owner(HIERARCHY.methods(type(TABLE, "p.Tiny"), "draw", 0)));
    }

    @Test
    void methods_onlyInInterfaces_areTheFirstInterfaceDeclarationFound() {
        assertEquals("p.Named", owner(HIERARCHY.methods(type(TABLE, "p.Base"), "name", 0)));
    }

    @Test
    void methods_startingAtAnInterface_areItsOwn() {
        assertEquals("p.Shape", owner(HIERARCHY.methods(type(TABLE, "p.Shape"), "draw", 0)));
    }

    @Test
    void methods_matchTheArity_orAnyArityWhenUnknown_andVarargs() {
        assertEquals(2, HIERARCHY.methods(type(TABLE, "p.Square"), "over", 2).get(0).facts().arity());
        assertEquals(2, HIERARCHY.methods(type(TABLE, "p.Square"), "over", -1).size());
        assertEquals(List.of(), HIERARCHY.methods(type(TABLE, "p.Square"), "over", 3));
        assertEquals("p.Base", owner(HIERARCHY.methods(type(TABLE, "p.Square"), "spread", 3)));
        assertEquals("p.Base", owner(HIERARCHY.methods(type(TABLE, "p.Square"), "spread", 0)));
    }

    @Test
    void memberType_isFoundInTheTypeOrItsSupertypes() {
        assertEquals("p.Base.Member", HIERARCHY.memberType(type(TABLE, "p.Tiny"), "Member"));
        assertEquals("p.Shape.Unit", HIERARCHY.memberType(type(TABLE, "p.Tiny"), "Unit"));
        assertNull(HIERARCHY.memberType(type(TABLE, "p.Tiny"), "Missing"));
    }

    @Test
    void memberType_namedLikeATopLevelType_isThatType() {
        assertEquals("p.Tiny", HIERARCHY.memberType(type(TABLE, "p.Tiny"), "Tiny"));
        assertEquals("p.Base.Member", HIERARCHY.memberType(type(TABLE, "p.Base.Member"), "Member"));
    }
}
