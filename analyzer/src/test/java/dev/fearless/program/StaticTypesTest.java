package dev.fearless.program;

import static dev.fearless.program.Programs.method;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.knowledge.MethodTrait;
import java.util.List;
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

    private static final Program LIBRARY = Programs.link(
            "q/Calls.java", """
                    package q;
                    import java.util.*;
                    import java.util.concurrent.*;
                    class Calls {
                        private final Map<String, Job> jobs = new HashMap<>();
                        private final BlockingQueue<Job> queue = new LinkedBlockingQueue<>();
                        private final ThreadLocal<Job> current = new ThreadLocal<>();
                        private final Job[] all = new Job[2];
                        void m(ExecutorService pool) throws Exception {
                            pool.submit(() -> { });
                            Executors.newScheduledThreadPool(1);
                            jobs.get("a");
                            queue.take();
                            current.get();
                            Collections.synchronizedMap(jobs);
                            Job.make().run();
                        }
                    }
                    """,
            "q/Job.java", "package q; class Job { static Job make() { return new Job(); } void run() { } }");

    private static final MethodInfo CALLS = method(LIBRARY, "q.Calls", "m");

    /** The static type of the result of the first call named {@code name} in {@code Calls.m}. */
    private static String resultOf(String name) {
        return LIBRARY.staticType(CALLS, new Value.CallResult(CALLS.facts().events().indexOf(Programs.call(CALLS, name))))
                .name();
    }

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
    void libraryCallResults_haveTheTypesTheKnowledgeBaseTells() {
        assertEquals("java.util.concurrent.Future", resultOf("submit"));
        assertEquals("java.util.concurrent.ScheduledExecutorService", resultOf("newScheduledThreadPool"));
        assertEquals("java.util.Map", resultOf("synchronizedMap"));
    }

    @Test
    void resultRows_typeFactoriesByWhatTheyReturn_andByTheirReceiver() {
        Program p = Programs.link("r/Rows.java", """
                package r;
                import java.util.*;
                import java.util.concurrent.*;
                class Rows {
                    void m() {
                        Executors.defaultThreadFactory();
                        List.of(1, 2);
                        new Stage<String>().thenApply(s -> s);
                    }
                }
                class Stage<T> extends CompletableFuture<T> { }
                """);
        MethodInfo m = method(p, "r.Rows", "m");
        java.util.function.Function<String, String> result = name -> p.staticType(m,
                new Value.CallResult(m.facts().events().indexOf(Programs.call(m, name)))).name();
        assertEquals("java.util.concurrent.ThreadFactory", result.apply("defaultThreadFactory"));
        assertEquals("java.util.List", result.apply("of"));
        assertEquals("java.util.concurrent.CompletableFuture", result.apply("thenApply"),
                "a program subtype takes the result row of its library supertype");
    }

    @Test
    void containerReads_haveTheElementType() {
        assertEquals("q.Job", resultOf("get"));
        assertEquals("q.Job", resultOf("take"));
        assertEquals("q.Job", LIBRARY.staticType(CALLS,
                new Value.Element(new Value.PathValue(AccessPath.THIS_PATH.plus("all")))).name());
        assertEquals("q.Job", LIBRARY.staticType(CALLS,
                new Value.Element(new Value.PathValue(AccessPath.THIS_PATH.plus("jobs")))).name());
    }

    @Test
    void threadLocalGet_hasTheTypeArgument() {
        List<Event> events = CALLS.facts().events();
        int get = -1;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof Event.Call c && c.name().equals("get")
                    && c.receiver() instanceof Value.PathValue pv && pv.path().equals(AccessPath.THIS_PATH.plus("current"))) {
                get = i;
            }
        }
        assertEquals("q.Job", LIBRARY.staticType(CALLS, new Value.CallResult(get)).name());
    }

    @Test
    void callResult_isTheReturnTypeOfTheTargetTheCallTargetsGive() {
        TypeTable table = Programs.table("r/A.java", """
                package r;
                class A {
                    B b() { return null; }
                    String text() { return ""; }
                    void m() { b(); }
                }
                """, "r/B.java", "package r; class B { }");
        Hierarchy hierarchy = new Hierarchy(table, KnowledgeBase.jdk());
        TypeResolver names = new TypeResolver(table, hierarchy, KnowledgeBase.jdk());
        Traits traits = new Traits(table, hierarchy, KnowledgeBase.jdk());
        MethodInfo m = Programs.method(Programs.type(table, "r.A"), "m");
        MethodInfo text = Programs.method(Programs.type(table, "r.A"), "text");
        Value result = new Value.CallResult(m.facts().events().indexOf(Programs.call(m, "b")));
        StaticTypes toText = new StaticTypes(table, hierarchy, names, traits, KnowledgeBase.jdk(),
                (caller, index, call, depth) -> List.of(text));
        StaticTypes unresolved = new StaticTypes(table, hierarchy, names, traits, KnowledgeBase.jdk(),
                (caller, index, call, depth) -> List.of());
        assertEquals("java.lang.String", toText.of(m, result).name());
        assertNull(unresolved.of(m, result).name());
        assertEquals("r.B", CallResolver.beforeCallGraph(table, hierarchy, names, traits, KnowledgeBase.jdk())
                .staticTypes().of(m, result).name());
    }

    @Test
    void callGraph_recordsReceiverTypes_forTheTraitsOfCalls() {
        Event.Call run = Programs.call(CALLS, "run");
        assertTrue(LIBRARY.traits(CALLS, Programs.call(CALLS, "submit")).contains(MethodTrait.RETURNS_FUTURE));
        assertEquals(List.of("q.Job#run"), Programs.targets(LIBRARY, CALLS, "run"));
        assertEquals("q.Job", LIBRARY.callGraph().receiverType(run));
    }

    @Test
    void localAssignment_recordsTheValueAssigned() {
        Event.LocalAssign assign = M.facts().events().stream()
                .filter(e -> e instanceof Event.LocalAssign la && la.local().equals("local"))
                .map(e -> (Event.LocalAssign) e).findFirst().orElseThrow();
        assertEquals(new Value.PathValue(AccessPath.root(AccessPath.Root.PARAM, "param")), assign.value());
    }

    @Test
    void lambdaParameterWithoutAType_hasTheTypeOfTheElementsTheCallPassesIt() {
        Program program = Programs.link(
                "p/Notifier.java", """
                        package p;
                        import java.util.*;
                        class Notifier {
                            private final List<Listener> listeners = new ArrayList<>();
                            private final Map<String, Listener> byName = new HashMap<>();
                            void all() { listeners.forEach(l -> l.changed()); }
                            void named() { byName.forEach((name, l) -> l.changed()); }
                            void later(java.util.concurrent.CompletableFuture<Listener> f) { f.thenAccept(l -> l.changed()); }
                            void streamed() { listeners.stream().filter(x -> x != null).forEach(l -> l.changed()); }
                            void values() { byName.values().forEach(l -> l.changed()); }
                            private final List<Optional<Listener>> maybe = new ArrayList<>();
                            void mapped() { maybe.stream().filter(Optional::isPresent).map(Optional::get).forEach(l -> l.changed()); }
                            void own() { each(l -> l.changed()); }
                            void each(java.util.function.Consumer<Listener> c) { }
                            void counted() { count(a -> 1); }
                            void count(java.util.function.IntFunction<Listener> f) { }
                        }
                        """,
                "p/Listener.java", "package p; interface Listener { void changed(); }");
        for (String caller : List.of("all", "named", "later", "own", "streamed", "values", "mapped")) {
            List<MethodInfo> closures = program.nestedIn(method(program, "p.Notifier", caller));
            MethodInfo closure = closures.get(closures.size() - 1);
            Event.Call changed = Programs.call(closure, "changed");
            assertEquals("p.Listener", program.staticType(closure, changed.receiver()).name(), caller);
        }
        MethodInfo counter = program.nestedIn(method(program, "p.Notifier", "counted")).get(0);
        Value a = new Value.PathValue(AccessPath.root(AccessPath.Root.PARAM, "a"));
        assertNull(program.staticType(counter, a).name(), "IntFunction's type argument is its result, not its parameter");
    }

    @Test
    void lambdaHandedToAParameterOfATypeVariable_isUntyped_andLinkingGoesOn() {
        Program program = Programs.link(
                "p/Each.java", """
                        package p;
                        class Each<F> {
                            void each(F f) { }
                            void m() { each(x -> x.toString()); }
                        }
                        """);
        MethodInfo m = Programs.method(program, "p.Each", "m");
        assertEquals(List.of("p.Each#each"), Programs.targets(program, m, "each"));
        assertEquals(List.of(), program.cutoffs(), program.cutoffs()::toString);
    }
}
