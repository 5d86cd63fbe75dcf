package dev.fearless.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The row kinds and traits the extractor and the linker read instead of comparing names: name-only
 * rows ({@code method *#name}), {@code result} rows, stream stages, element results and lock queries.
 */
class TableKindsTest {

    private static final KnowledgeBase JDK = KnowledgeBase.jdk();
    private static final String FUTURE = "java.util.concurrent.Future";
    private static final String COMPLETABLE = "java.util.concurrent.CompletableFuture";

    // --- name-only rows ------------------------------------------------------------------------

    @Test
    void nameOnlyRow_givesTraitsByNameAlone() {
        assertTrue(JDK.traitsByName("computeIfAbsent", 2).contains(MethodTrait.RUNS_HERE));
        assertTrue(JDK.traitsByName("stream", 0).contains(MethodTrait.STREAM_SOURCE));
        assertEquals(Set.of(), JDK.traitsByName("noSuchMethod", 0));
    }

    @Test
    void nameOnlyRowWithArity_holdsOnlyForThatArity() {
        assertTrue(JDK.traitsByName("lock", 0).contains(MethodTrait.LOCK_ACQUIRE));
        assertFalse(JDK.traitsByName("lock", 1).contains(MethodTrait.LOCK_ACQUIRE));
        assertTrue(JDK.traitsByName("tryLock", 2).contains(MethodTrait.LOCK_TRY), "tryLock has no arity: any");
    }

    @Test
    void nameOnlyRow_isNotAMethodOfAnyType() {
        KnowledgeBase project = JDK.withLines(List.of("method\t*#fire\truns-elsewhere"));
        assertTrue(project.traitsByName("fire", 1).contains(MethodTrait.RUNS_ELSEWHERE));
        assertFalse(project.methodNamesWith(MethodTrait.RUNS_ELSEWHERE).contains("fire"));
        assertFalse(project.anyMethodHas("fire", MethodTrait.RUNS_ELSEWHERE));
        assertEquals(Set.of(), project.methodTraits("java.util.HashMap", "fire", 1));
    }

    @Test
    void projectKnowledge_addsToTheNameOnlyRowsOfTheTable() {
        KnowledgeBase project = JDK.withLines(List.of("method\t*#lock/0\tinterruptible", "method\t*#idle"));
        Set<MethodTrait> lock = project.traitsByName("lock", 0);
        assertTrue(lock.contains(MethodTrait.LOCK_ACQUIRE) && lock.contains(MethodTrait.INTERRUPTIBLE), lock::toString);
        assertEquals(Set.of(), project.traitsByName("idle", 0));
        assertThrows(UnsupportedOperationException.class, () -> JDK.traitsByName("forEach", 1).clear());
    }

    @Test
    void callTraits_joinTheReceiversRows_withTheNameOnlyRows() {
        Set<MethodTrait> traits = JDK.callTraits("java.util.concurrent.locks.ReentrantLock", "lockInterruptibly", 0);
        assertTrue(traits.contains(MethodTrait.INTERRUPTIBLE), "from Lock's row: " + traits);
        assertTrue(traits.contains(MethodTrait.LOCK_ACQUIRE), traits::toString);
        assertEquals(JDK.traitsByName("unlock", 0), JDK.callTraits(null, "unlock", 0));
    }

    @Test
    void asyncSuffix_isNoEvidence_butCompletionStageStageNamesAre() {
        assertEquals(Set.of(), JDK.traitsByName("commitAsync", 1));
        assertEquals(Set.of(), JDK.traitsByName("supplyAsync", 1));
        assertNull(JDK.resultByName("commitAsync", 1));
        assertTrue(JDK.traitsByName("thenApplyAsync", 1).contains(MethodTrait.STAGE));
        assertEquals(COMPLETABLE, JDK.resultByName("thenApplyAsync", 1).type());
    }

    // --- result rows -------------------------------------------------------------------------------

    @Test
    void resultRow_namesTheResultType_throughTheReceiversSupertypes() {
        assertEquals(FUTURE, JDK.result("java.util.concurrent.ThreadPoolExecutor", "submit", 1).type());
        assertEquals("java.util.concurrent.locks.Lock",
                JDK.result("java.util.concurrent.locks.ReentrantReadWriteLock", "readLock", 0).type());
        assertEquals("java.util.concurrent.ThreadFactory",
                JDK.result("java.util.concurrent.Executors", "defaultThreadFactory", 0).type());
        assertNull(JDK.result("java.util.concurrent.Executors", "noSuchFactory", 0));
    }

    @Test
    void resultRow_receiver_isTheTypeTheFactoryIsCalledOn() {
        LibraryResult of = JDK.result("java.util.List", "of", 2);
        assertTrue(of.isReceiver());
        assertEquals("java.util.List", of.on("java.util.List"));
    }

    @Test
    void resultRow_ofTheNearestTypeWins() {
        KnowledgeBase project = JDK.withLines(List.of(
                "type\tcom.example.Base",
                "type\tcom.example.Mid\t \tcom.example.Base",
                "type\tcom.example.Leaf\t \tcom.example.Mid",
                "result\tcom.example.Base#make\tcom.example.Base",
                "result\tcom.example.Mid#make\tcom.example.Mid",
                "result\tcom.example.Mid#make/1\tcom.example.Leaf"));
        assertEquals("com.example.Mid", project.result("com.example.Leaf", "make", 0).type());
        assertEquals("com.example.Leaf", project.result("com.example.Leaf", "make", 1).type(), "arity row first");
        assertEquals("com.example.Base", project.result("com.example.Base", "make", 0).type());
    }

    @Test
    void resultRow_namesOneType() {
        assertThrows(IllegalArgumentException.class, () -> JDK.withLines(List.of("result\tcom.example.A#m")));
        assertThrows(IllegalArgumentException.class, () -> JDK.withLines(List.of("result\tcom.example.A#m\ta.B a.C")));
    }

    /**
     * The linker types the results of these calls from their {@code result} rows alone: a row added with
     * one of these traits and no result row would leave its results untyped.
     */
    @Test
    void everyMethodWhoseResultMatters_hasAResultRow() {
        Set<MethodTrait> typed = Set.of(MethodTrait.RETURNS_FUTURE, MethodTrait.READ_LOCK, MethodTrait.WRITE_LOCK,
                MethodTrait.NEW_CONDITION, MethodTrait.CURRENT_THREAD, MethodTrait.IMMUTABLE_RESULT,
                MethodTrait.UNMODIFIABLE_VIEW, MethodTrait.SYNCHRONIZED_WRAPPER);
        List<String> missing = new ArrayList<>();
        for (MethodTrait trait : typed) {
            for (String method : JDK.methodKeysWith(trait)) {
                int hash = method.indexOf('#');
                int slash = method.indexOf('/');
                String name = method.substring(hash + 1, slash < 0 ? method.length() : slash);
                int arity = slash < 0 ? -1 : Integer.parseInt(method.substring(slash + 1));
                if (JDK.result(method.substring(0, hash), name, arity) == null) {
                    missing.add(method + " (" + trait + ")");
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    // --- streams -----------------------------------------------------------------------------------

    @Test
    void streamSources_makeStreams() {
        assertTrue(JDK.methodTraits("java.util.ArrayList", "stream", 0).contains(MethodTrait.STREAM_SOURCE));
        assertTrue(JDK.methodTraits("java.util.stream.IntStream", "range", 2).contains(MethodTrait.STREAM_SOURCE));
        assertTrue(JDK.methodTraits("java.lang.String", "chars", 0).contains(MethodTrait.STREAM_SOURCE));
    }

    @Test
    void streamStage_ofAStreamOfUnknownKind_isTheUnionOverStreamTypes() {
        Set<MethodTrait> map = JDK.methodTraitsOfKind(TypeTrait.STREAM, "map", 1);
        assertTrue(map.contains(MethodTrait.STREAM_OP));
        assertFalse(map.contains(MethodTrait.STREAM_TERMINAL));
        assertTrue(JDK.methodTraitsOfKind(TypeTrait.STREAM, "boxed", 0).contains(MethodTrait.STREAM_OP),
                "only on primitive streams");
        assertTrue(JDK.methodTraitsOfKind(TypeTrait.STREAM, "collect", 1).contains(MethodTrait.STREAM_TERMINAL));
        assertTrue(JDK.methodTraitsOfKind(TypeTrait.STREAM, "parallel", 0).contains(MethodTrait.PARALLEL));
        assertEquals(Set.of(), JDK.methodTraitsOfKind(TypeTrait.STREAM, "iterator", 0));
    }

    @Test
    void forEachOrdered_runsInOrder_andForEachDoesNot() {
        assertTrue(JDK.methodTraits("java.util.stream.Stream", "forEachOrdered", 1).contains(MethodTrait.IN_ORDER));
        assertFalse(JDK.methodTraits("java.util.stream.Stream", "forEach", 1).contains(MethodTrait.IN_ORDER));
    }

    // --- elements, values, lock queries ----------------------------------------------------------

    @Test
    void elementAndValueResults_areTraitsOfTheContainersMethods() {
        assertTrue(JDK.methodTraits("java.util.ArrayList", "get", 1).contains(MethodTrait.RESULT_ELEMENT));
        assertTrue(JDK.methodTraits("java.util.concurrent.LinkedBlockingQueue", "take", 0)
                .contains(MethodTrait.RESULT_ELEMENT));
        assertTrue(JDK.methodTraits("java.util.concurrent.ConcurrentHashMap", "get", 1).contains(MethodTrait.RESULT_VALUE));
        assertFalse(JDK.methodTraits("java.util.ArrayDeque", "remove", 1).contains(MethodTrait.RESULT_ELEMENT),
                "remove(Object) answers a boolean");
    }

    @Test
    void lockQueries_tellWhichLockTheCurrentThreadHolds() {
        assertTrue(JDK.methodTraits("java.lang.Thread", "holdsLock", 1).contains(MethodTrait.MONITOR_QUERY));
        assertTrue(JDK.methodTraits("java.util.concurrent.locks.ReentrantLock", "isHeldByCurrentThread", 0)
                .contains(MethodTrait.LOCK_QUERY));
        assertTrue(JDK.methodTraits("java.util.concurrent.locks.ReentrantReadWriteLock", "isWriteLockedByCurrentThread", 0)
                .contains(MethodTrait.WRITE_LOCK_QUERY));
    }

    @Test
    void javaLangTypes_areKnownByTheirImplicitImport() {
        for (String simple : List.of("Math", "System", "Record", "Thread", "StringBuilder")) {
            assertTrue(JDK.type("java.lang." + simple) != null, simple);
        }
    }

    // --- what the rules ask about -----------------------------------------------------------------

    @Test
    void annotationRow_givesItsTraitsBySimpleName_fromAnyPackage() {
        var guarded = new dev.fearless.facts.AnnotationFacts("javax.annotation.concurrent.GuardedBy", List.of("lock"));
        var other = new dev.fearless.facts.AnnotationFacts("Deprecated", List.of());
        assertTrue(JDK.annotated(List.of(other, guarded), AnnotationTrait.GUARDED_BY));
        assertEquals(List.of("lock"), JDK.annotationValues(List.of(other, guarded), AnnotationTrait.GUARDED_BY));
        assertFalse(JDK.annotated(List.of(other), AnnotationTrait.GUARDED_BY));
        assertEquals(List.of(), JDK.annotationValues(List.of(other), AnnotationTrait.GUARDED_BY));
    }

    @Test
    void projectAnnotationRow_addsATrait() {
        KnowledgeBase project = JDK.withLines(List.of("annotation	LockedBy	guarded-by"));
        var locked = new dev.fearless.facts.AnnotationFacts("LockedBy", List.of("mutex"));
        assertTrue(project.annotated(List.of(locked), AnnotationTrait.GUARDED_BY));
        assertFalse(JDK.annotated(List.of(locked), AnnotationTrait.GUARDED_BY));
        assertThrows(IllegalArgumentException.class, () -> JDK.withLines(List.of("annotation	X	not-a-trait")));
    }

    @Test
    void namePattern_matchesAPrefixOrASuffix_andExactNamesStayExact() {
        assertTrue(JDK.inGroup(NameGroup.ASYNC, "thenApplyAsync"));
        assertFalse(JDK.inGroup(NameGroup.ASYNC, "thenApply"));
        assertTrue(JDK.inGroup(NameGroup.PROPERTY_SETTER, "setName"));
        assertFalse(JDK.inGroup(NameGroup.PROPERTY_SETTER, "reset"));
        assertTrue(JDK.inGroup(NameGroup.MAP_VIEW, "keySet"));
        assertFalse(JDK.inGroup(NameGroup.MAP_VIEW, "keySetView"));
    }

    @Test
    void counterpart_isTheMethodWithTheOtherTrait_onTheSameType() {
        assertEquals("notifyAll", JDK.counterpart("notify", MethodTrait.NOTIFY, MethodTrait.NOTIFY_ALL));
        assertEquals("signalAll", JDK.counterpart("signal", MethodTrait.NOTIFY, MethodTrait.NOTIFY_ALL));
        assertEquals("start", JDK.counterpart("run", MethodTrait.TASK_BODY, MethodTrait.STARTS_RECEIVER));
        assertNull(JDK.counterpart("noSuchMethod", MethodTrait.NOTIFY, MethodTrait.NOTIFY_ALL));
    }

    @Test
    void boxedTypes_handOutCachedInstances() {
        assertTrue(JDK.is("java.lang.Integer", TypeTrait.BOXED));
        assertFalse(JDK.is("java.lang.String", TypeTrait.BOXED));
        assertTrue(JDK.methodTraits("java.lang.Boolean", "valueOf", 1).contains(MethodTrait.CACHED));
    }

    @Test
    void declaresRow_listsEveryMethodOfALibraryType_andUnlistedTypesAreUnknown() {
        assertEquals(Set.of("close"), JDK.declaredMethods("java.io.Closeable"));
        assertEquals(Set.of(), JDK.declaredMethods("java.io.Serializable"), "a marker interface declares nothing");
        assertNull(JDK.declaredMethods("java.util.HashMap"), "not listed: any method may be one of its");
        KnowledgeBase project = JDK.withLines(List.of("declares	org.acme.Listener	onEvent onClose"));
        assertEquals(Set.of("onEvent", "onClose"), project.declaredMethods("org.acme.Listener"));
    }
}
