package dev.fearless.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.facts.Event;
import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.TypeTrait;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Knowledge-base traits of library and program types, and of the library methods program types inherit. */
class TraitsTest {

    private static final TypeTable TABLE = Programs.table(
            "p/Registry.java", "package p; class Registry extends java.util.HashMap<String, String> { }",
            "p/Pool.java", """
                    package p;
                    import java.util.concurrent.*;
                    class Pool extends ThreadPoolExecutor {
                        Pool() { super(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>()); }
                        void use(Object lock) throws InterruptedException { lock.wait(); }
                    }
                    """,
            "p/Cache.java", "package p; class Cache extends java.util.concurrent.ConcurrentHashMap<String, String> { }");

    private static final Hierarchy HIERARCHY = new Hierarchy(TABLE, KnowledgeBase.jdk());
    private static final Traits TRAITS = new Traits(TABLE, HIERARCHY, KnowledgeBase.jdk());

    @Test
    void libraryType_hasItsOwnTraits() {
        assertTrue(TRAITS.is("java.util.HashMap", TypeTrait.MAP));
        assertTrue(TRAITS.is("java.util.HashMap", TypeTrait.UNSAFE));
    }

    @Test
    void programType_inheritsTheTraitsOfItsLibrarySupertypes() {
        assertTrue(TRAITS.is("p.Registry", TypeTrait.MAP));
        assertTrue(TRAITS.is("p.Pool", TypeTrait.EXECUTOR));
        assertTrue(TRAITS.is("p.Cache", TypeTrait.MAP));
    }

    @Test
    void programType_doesNotInheritTraitsOfOneClassesImplementation() {
        assertFalse(TRAITS.is("p.Registry", TypeTrait.UNSAFE));
        assertFalse(TRAITS.is("p.Cache", TypeTrait.THREADSAFE));
        assertFalse(TRAITS.is("p.Cache", TypeTrait.CONCURRENT));
    }

    @Test
    void unknownType_hasNoTraits() {
        assertFalse(TRAITS.is(null, TypeTrait.MAP));
        assertFalse(TRAITS.is("p.Missing", TypeTrait.MAP));
    }

    @Test
    void inheritedLibraryMethod_hasItsTraits() {
        assertTrue(TRAITS.methodTraits("p.Pool", "submit", 1).contains(MethodTrait.RETURNS_FUTURE));
        assertEquals(Set.of(), TRAITS.methodTraits(null, "submit", 1));
    }

    @Test
    void callOnReceiverOfUnknownTypeOrArray_hasObjectsMethods() {
        Event.Call wait = Programs.call(Programs.method(Programs.type(TABLE, "p.Pool"), "use"), "wait");
        assertTrue(TRAITS.ofCall(null, wait).contains(MethodTrait.WAIT));
        assertTrue(TRAITS.ofCall("java.lang.String[]", wait).contains(MethodTrait.WAIT));
        assertTrue(TRAITS.ofCall("p.Pool", wait).contains(MethodTrait.WAIT));
    }
}
