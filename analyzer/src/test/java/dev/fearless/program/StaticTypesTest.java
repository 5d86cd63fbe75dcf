package dev.fearless.program;

import static dev.fearless.program.Programs.method;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** The static types of fields, locals, parameters and {@code var} locals, as the program resolves them. */
class StaticTypesTest {

    private static final Program PROGRAM = Programs.link(
            "p/Holder.java", """
                    package p;
                    import java.util.*;
                    import java.util.concurrent.locks.ReentrantLock;
                    class Holder {
                        private final Map<String, Item> items = new HashMap<>();
                        private Item item;
                        private final ReentrantLock lock = new ReentrantLock();
                        void m(Item param, int count) {
                            Item local = param;
                            var inferred = new ArrayList<Item>();
                            var fromCall = make();
                            String text = "t";
                        }
                        Item make() { return new Item(); }
                    }
                    """,
            "p/Item.java", "package p; class Item { Holder owner; }");

    private static final MethodInfo M = method(PROGRAM, "p.Holder", "m");

    private static String typeOf(AccessPath path) {
        return PROGRAM.staticType(M, new Value.PathValue(path)).name();
    }

    private static AccessPath field(String name) {
        return AccessPath.THIS_PATH.plus(name);
    }

    @Test
    void programTypedField_resolvesToTheProgramType() {
        assertEquals("p.Item", typeOf(field("item")));
    }

    @Test
    void libraryTypedField_resolvesToTheLibraryType_withTypeArgumentsKept() {
        StaticType t = PROGRAM.staticType(M, new Value.PathValue(field("items")));
        assertEquals("java.util.Map", t.name());
        assertEquals(2, t.written().arguments().size());
    }

    @Test
    void explicitlyImportedField_resolves() {
        assertEquals("java.util.concurrent.locks.ReentrantLock", typeOf(field("lock")));
    }

    @Test
    void fieldOfAField_resolvesThroughTheChain() {
        assertEquals("p.Holder", typeOf(field("item").plus("owner")));
    }

    @Test
    void parameter_hasItsDeclaredType() {
        assertEquals("p.Item", typeOf(AccessPath.root(AccessPath.Root.PARAM, "param")));
    }

    @Test
    void primitiveParameter_isNamedByItsPrimitive() {
        assertEquals("int", typeOf(AccessPath.root(AccessPath.Root.PARAM, "count")));
    }

    @Test
    void local_hasItsDeclaredType() {
        assertEquals("p.Item", typeOf(AccessPath.root(AccessPath.Root.LOCAL, "local")));
        assertEquals("java.lang.String", typeOf(AccessPath.root(AccessPath.Root.LOCAL, "text")));
    }

    @Test
    void thisPath_isTheEnclosingType() {
        assertEquals("p.Holder", typeOf(AccessPath.THIS_PATH));
    }

    @Test
    void unknownPath_hasNoType() {
        assertNull(typeOf(field("noSuchField")));
        assertFalse(PROGRAM.staticType(M, Value.Other.INSTANCE).isKnown());
    }

    @Test
    void callResult_hasTheReturnTypeOfItsTarget() {
        int index = M.facts().events().indexOf(Programs.call(M, "make"));
        assertEquals("p.Item", PROGRAM.staticType(M, new Value.CallResult(index)).name());
    }

    @Test
    void varLocal_takesTheTypeOfItsInitializer() {
        assertEquals("java.util.ArrayList", typeOf(AccessPath.root(AccessPath.Root.LOCAL, "inferred")));
    }

    @Test
    void varLocal_fromAProgramCall_takesTheCallsReturnType() {
        assertEquals("p.Item", typeOf(AccessPath.root(AccessPath.Root.LOCAL, "fromCall")));
    }

    @Test
    void localAssignment_recordsTheValueAssigned() {
        Event.LocalAssign assign = M.facts().events().stream()
                .filter(e -> e instanceof Event.LocalAssign la && la.local().equals("local"))
                .map(e -> (Event.LocalAssign) e).findFirst().orElseThrow();
        assertEquals(new Value.PathValue(AccessPath.root(AccessPath.Root.PARAM, "param")), assign.value());
    }
}
