package dev.fearless.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The built-in knowledge of JDK types and methods, and how traits flow through supertypes. */
class KnowledgeBaseTest {

    private static final KnowledgeBase JDK = KnowledgeBase.jdk();

    @Test
    void builtInKnowledgeBase_loadsOnce() {
        assertNotNull(JDK.type("java.lang.Object"));
        assertSame(JDK, KnowledgeBase.jdk());
    }

    @Test
    void concurrentHashMap_isAThreadSafeMap() {
        assertTrue(JDK.is("java.util.concurrent.ConcurrentHashMap", TypeTrait.MAP));
        assertTrue(JDK.is("java.util.concurrent.ConcurrentHashMap", TypeTrait.THREADSAFE));
        assertTrue(JDK.isSubtype("java.util.concurrent.ConcurrentHashMap", "java.util.Map"));
    }

    @Test
    void hashMap_isAnUnsafeMap() {
        assertTrue(JDK.is("java.util.HashMap", TypeTrait.UNSAFE));
        assertTrue(JDK.is("java.util.HashMap", TypeTrait.MAP));
        assertFalse(JDK.is("java.util.HashMap", TypeTrait.THREADSAFE));
    }

    @Test
    void unsafety_isNotInheritedByTheSubtypesOfAnInterface() {
        assertFalse(JDK.is("java.util.Map", TypeTrait.UNSAFE));
    }

    @Test
    void reentrantLock_isALock() {
        assertTrue(JDK.is("java.util.concurrent.locks.ReentrantLock", TypeTrait.LOCK));
        assertTrue(JDK.isSubtype("java.util.concurrent.locks.ReentrantLock", "java.util.concurrent.locks.Lock"));
    }

    @Test
    void threadPoolExecutorSubmit_runsElsewhere_andReturnsAFuture_throughItsSupertypes() {
        Set<MethodTrait> traits = JDK.methodTraits("java.util.concurrent.ThreadPoolExecutor", "submit", 1);
        assertTrue(traits.contains(MethodTrait.RUNS_ELSEWHERE), traits::toString);
        assertTrue(traits.contains(MethodTrait.RETURNS_FUTURE), traits::toString);
    }

    @Test
    void threadSleep_isBlocking() {
        assertTrue(JDK.methodTraits("java.lang.Thread", "sleep", 1).contains(MethodTrait.BLOCKING));
    }

    @Test
    void objectMethods_applyToEveryReceiver() {
        assertTrue(JDK.methodTraits("java.util.HashMap", "wait", 0).contains(MethodTrait.WAIT));
    }

    @Test
    void unknownTypeOrMethod_hasNoTraits() {
        assertNull(JDK.type("com.example.Nope"));
        assertFalse(JDK.is("com.example.Nope", TypeTrait.THREADSAFE));
        assertEquals(Set.of(), JDK.methodTraits("java.util.HashMap", "noSuchMethod", 0));
    }

    @Test
    void uniqueSimpleName_qualifies_andUnknownDoesNot() {
        assertEquals("java.util.concurrent.ConcurrentHashMap", JDK.qualifySimpleName("ConcurrentHashMap"));
        assertNull(JDK.qualifySimpleName("NoSuchTypeAnywhere"));
    }

    @Test
    void withLines_addsATypeAndItsMethods_withoutChangingTheBuiltIn() {
        KnowledgeBase project = JDK.withLines(List.of(
                "# project knowledge",
                "type\tcom.example.Pool\texecutor threadsafe\tjava.util.concurrent.ExecutorService",
                "method\tcom.example.Pool#fire\truns-elsewhere"));
        assertTrue(project.is("com.example.Pool", TypeTrait.THREADSAFE));
        assertTrue(project.is("com.example.Pool", TypeTrait.EXECUTOR));
        assertTrue(project.methodTraits("com.example.Pool", "fire", 1).contains(MethodTrait.RUNS_ELSEWHERE));
        assertTrue(project.methodTraits("com.example.Pool", "submit", 1).contains(MethodTrait.RETURNS_FUTURE));
        assertNull(JDK.type("com.example.Pool"));
        assertNotNull(project.type("java.util.HashMap"));
    }

    @Test
    void withLines_rejectsAnUnknownKindOrTrait() {
        assertThrows(IllegalArgumentException.class, () -> JDK.withLines(List.of("typo\tcom.example.X")));
        assertThrows(IllegalArgumentException.class, () -> JDK.withLines(List.of("type\tcom.example.X\tnot-a-trait")));
    }
}
