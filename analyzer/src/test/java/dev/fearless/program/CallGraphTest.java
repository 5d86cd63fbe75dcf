package dev.fearless.program;

import static dev.fearless.program.Programs.method;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.facts.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The call graph: targets by event, calls from a method (closures run here included), callers, precise targets. */
class CallGraphTest {

    private static final Program PROGRAM = Programs.link(
            "p/Task.java", "package p; abstract class Task { abstract void run(); void base() { } }",
            "p/Only.java", "package p; class Only extends Task { void run() { } }",
            "p/Listener.java", "package p; interface Listener { void on(); }",
            "p/A.java", "package p; class A implements Listener { public void on() { } }",
            "p/B.java", "package p; class B implements Listener { public void on() { } }",
            "p/Box.java", "package p; class Box { Box(int n) { } }",
            "p/Caller.java", """
                    package p;
                    import java.util.List;
                    class Caller {
                        void helper() { }
                        void first() { helper(); }
                        void second() { helper(); helper(); }
                        void here(List<String> items) { items.forEach(x -> helper()); }
                        void elsewhere() { new Thread(() -> helper()).start(); }
                        void runs(Task t) { t.run(); t.base(); }
                        void notifies(Listener l) { l.on(); }
                        void creates() { new Box(1); }
                    }
                    """);

    private static final CallGraph GRAPH = PROGRAM.callGraph();

    private static int index(MethodInfo m, String call) {
        return m.facts().events().indexOf(Programs.call(m, call));
    }

    private static List<String> names(List<MethodInfo> methods) {
        return methods.stream().map(m -> m.owner().name() + "#" + m.name()).toList();
    }

    @Test
    void callersOf_listsEveryCallSite() {
        List<CallSite> callers = GRAPH.callersOf(method(PROGRAM, "p.Caller", "helper"));
        assertEquals(List.of("first", "second", "second"),
                callers.stream().map(c -> c.caller().declaringMethod().name()).filter(n -> !n.equals("elsewhere")
                        && !n.equals("here")).toList());
    }

    @Test
    void callsFrom_includeTheClosuresRunHere_notThoseRunElsewhere() {
        MethodInfo here = method(PROGRAM, "p.Caller", "here");
        assertTrue(GRAPH.callsFrom(here).stream().anyMatch(s -> s.target().facts().isClosure()));
        MethodInfo elsewhere = method(PROGRAM, "p.Caller", "elsewhere");
        assertTrue(GRAPH.callsFrom(elsewhere).stream().noneMatch(s -> s.target().facts().isClosure()));
    }

    @Test
    void callsFrom_areInEventOrder() {
        MethodInfo runs = method(PROGRAM, "p.Caller", "runs");
        assertEquals(List.of("run", "run", "base"), GRAPH.callsFrom(runs).stream().map(s -> s.target().name()).toList());
    }

    @Test
    void newObject_targetsTheConstructorItRuns() {
        MethodInfo creates = method(PROGRAM, "p.Caller", "creates");
        int creation = -1;
        for (int i = 0; i < creates.facts().events().size(); i++) {
            if (creates.facts().events().get(i) instanceof Event.NewObject) {
                creation = i;
            }
        }
        assertEquals(List.of("p.Box#<init>"), names(GRAPH.targets(creates, creation)));
    }

    @Test
    void preciseTargets_ofAnAbstractMethodWithOneImplementation_isThatImplementation() {
        MethodInfo runs = method(PROGRAM, "p.Caller", "runs");
        assertEquals(List.of("p.Only#run"), names(GRAPH.preciseTargets(runs, index(runs, "run"))));
        assertEquals(List.of("p.Task#base"), names(GRAPH.preciseTargets(runs, index(runs, "base"))));
    }

    @Test
    void preciseTargets_ofAListenerWithSeveralImplementations_isUnknown() {
        MethodInfo notifies = method(PROGRAM, "p.Caller", "notifies");
        assertEquals(3, GRAPH.targets(notifies, index(notifies, "on")).size());
        assertEquals(List.of(), GRAPH.preciseTargets(notifies, index(notifies, "on")));
    }

    @Test
    void eventWithoutProgramTarget_hasNone() {
        MethodInfo elsewhere = method(PROGRAM, "p.Caller", "elsewhere");
        assertEquals(List.of(), GRAPH.targets(elsewhere, index(elsewhere, "start")));
        assertEquals("java.lang.Thread", GRAPH.receiverType(Programs.call(elsewhere, "start")));
    }

    @Test
    void overloads_ofOneArity_areToldApartByTheArguments() {
        Program program = Programs.link(
                "p/Exits.java", """
                        package p;
                        class Failure extends RuntimeException { }
                        class Exits {
                            static void end(int status, String message) { }
                            static void end(int status, Throwable cause) { }
                            static void end(int status) { }
                            static void end(Failure f) { }
                            void byLiteral() { end(1, "stop"); }
                            void byLocal(String why) { end(2, why); }
                            void byObject() { end(new Failure()); }
                            void byNumber() { end(3); }
                            void unknown(Object o) { end(4, o == null ? null : o.toString()); }
                            static void fail(RuntimeException e) { }
                            static void fail(Failure f) { }
                            void castDown(RuntimeException e) { fail((Failure) e); }
                        }""");
        CallGraph graph = program.callGraph();
        for (String caller : List.of("byLiteral", "byLocal")) {
            MethodInfo m = method(program, "p.Exits", caller);
            assertEquals(List.of("(int, String)"), params(graph.targets(m, index(m, "end"))), caller);
        }
        MethodInfo object = method(program, "p.Exits", "byObject");
        assertEquals(List.of("(Failure)"), params(graph.targets(object, index(object, "end"))));
        MethodInfo number = method(program, "p.Exits", "byNumber");
        assertEquals(List.of("(int)"), params(graph.targets(number, index(number, "end"))));
        MethodInfo cast = method(program, "p.Exits", "castDown");
        assertEquals(List.of("(Failure)"), params(graph.targets(cast, index(cast, "fail"))), "a cast argument has the cast's type");
        MethodInfo unknown = method(program, "p.Exits", "unknown");
        assertEquals(2, graph.targets(unknown, index(unknown, "end")).size(), "an argument of unknown type rules nothing out");
    }

    private static List<String> params(List<MethodInfo> methods) {
        return methods.stream().map(m -> "(" + String.join(", ", m.facts().params().stream()
                .map(v -> v.type().name()).toList()) + ")").toList();
    }
}
