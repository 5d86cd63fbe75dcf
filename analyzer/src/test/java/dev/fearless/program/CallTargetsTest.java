package dev.fearless.program;

import static dev.fearless.program.Programs.method;
import static dev.fearless.program.Programs.targets;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fearless.facts.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which program methods a call may run. */
class CallTargetsTest {

    private static final Program PROGRAM = Programs.link(
            "p/Base.java", """
                    package p;
                    class Base {
                        void run() { }
                        void template() { run(); }
                        final void sealedStep() { }
                    }
                    """,
            "p/Sub.java", """
                    package p;
                    class Sub extends Base {
                        @Override void run() { super.run(); }
                        void callsSealed() { sealedStep(); }
                    }
                    """,
            "p/Other.java", """
                    package p;
                    class Other {
                        void work(int n) { }
                        void work(int n, int m) { }
                        static void helper() { }
                    }
                    """,
            "p/Caller.java", """
                    package p;
                    class Caller {
                        private Other other = new Other();
                        private Base base = new Base();
                        void implicit() { local(); }
                        private void local() { }
                        void viaThisField() { this.other.work(1); }
                        void viaField() { other.work(1, 2); }
                        void viaStatic() { Other.helper(); }
                        void viaBase() { base.run(); }
                        void viaParam(Sub s) { s.run(); }
                        void unknown(java.util.List<String> l) { l.add("x"); }
                        void constructor() { new Other(); }
                    }
                    """);

    private static final Program DISPATCH = Programs.link(
            "p/Shape.java", "package p; interface Shape { void draw(); Shape next(); }",
            "p/Square.java", "package p; class Square implements Shape { public void draw() { } public Shape next() { return this; } }",
            "p/Circle.java", "package p; final class Circle implements Shape { public void draw() { } public Shape next() { return this; } private void own() { } }",
            "p/Many.java", "package p; class Many { void go() { } }",
            "p/S0.java", "package p; class S0 extends Many { void go() { } }",
            "p/S1.java", "package p; class S1 extends Many { void go() { } }",
            "p/S2.java", "package p; class S2 extends Many { void go() { } }",
            "p/S3.java", "package p; class S3 extends Many { void go() { } }",
            "p/S4.java", "package p; class S4 extends Many { void go() { } }",
            "p/S5.java", "package p; class S5 extends Many { void go() { } }",
            "p/S6.java", "package p; class S6 extends Many { void go() { } }",
            "p/S7.java", "package p; class S7 extends Many { void go() { } }",
            "p/S8.java", "package p; class S8 extends Many { void go() { } }",
            "p/S9.java", "package p; class S9 extends Many { void go() { } }",
            "p/S10.java", "package p; class S10 extends Many { void go() { } }",
            "p/S11.java", "package p; class S11 extends Many { void go() { } }",
            "p/S12.java", "package p; class S12 extends Many { void go() { } }",
            "p/S13.java", "package p; class S13 extends Many { void go() { } }",
            "p/S14.java", "package p; class S14 extends Many { void go() { } }",
            "p/S15.java", "package p; class S15 extends Many { void go() { } }",
            "p/S16.java", "package p; class S16 extends Many { void go() { } }",
            "p/S17.java", "package p; class S17 extends Many { void go() { } }",
            "p/S18.java", "package p; class S18 extends Many { void go() { } }",
            "p/S19.java", "package p; class S19 extends Many { void go() { } }",
            "p/User.java", """
                    package p;
                    class User {
                        void viaInterface(Shape s) { s.draw(); }
                        void viaFinalClass(Circle c) { c.draw(); }
                        void viaChain(Square s) { s.next().next().draw(); }
                        void viaMany(Many m) { m.go(); }
                    }
                    """);

    @Test
    void callOnInterface_targetsTheInterfaceMethodAndItsImplementations() {
        assertEquals(List.of("p.Circle#draw", "p.Shape#draw", "p.Square#draw"),
                targets(DISPATCH, method(DISPATCH, "p.User", "viaInterface"), "draw"));
    }

    @Test
    void callOnFinalClass_hasNoOverrides() {
        assertEquals(List.of("p.Circle#draw"), targets(DISPATCH, method(DISPATCH, "p.User", "viaFinalClass"), "draw"));
    }

    @Test
    void callOnACallResult_isResolvedThroughTheReturnType() {
        assertEquals(List.of("p.Circle#draw", "p.Shape#draw", "p.Square#draw"),
                targets(DISPATCH, method(DISPATCH, "p.User", "viaChain"), "draw"));
    }

    @Test
    void overrides_areCollectedUpToALimit() {
        assertEquals(16, DISPATCH.targets(method(DISPATCH, "p.User", "viaMany"),
                Programs.call(method(DISPATCH, "p.User", "viaMany"), "go")).size());
    }

    @Test
    void callGraph_hasTheSameTargetsAsResolvingTheCall() {
        for (MethodInfo m : DISPATCH.methods()) {
            List<Event> events = m.facts().events();
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i) instanceof Event.Call call) {
                    assertEquals(DISPATCH.targets(m, call), DISPATCH.callGraph().targets(m, i), () -> m + " " + call);
                }
            }
        }
    }

    @Test
    void implicitCall_targetsTheMethodOfTheSameClass() {
        assertEquals(List.of("p.Caller#local"), targets(PROGRAM, method(PROGRAM, "p.Caller", "implicit"), "local"));
    }

    @Test
    void callOnThisField_targetsTheFieldTypesMethod_byArity() {
        MethodInfo m = method(PROGRAM, "p.Caller", "viaThisField");
        List<MethodInfo> found = PROGRAM.targets(m, Programs.call(m, "work"));
        assertEquals(1, found.size());
        assertEquals(1, found.get(0).facts().arity());
    }

    @Test
    void callOnField_picksTheOverloadWithMatchingArity() {
        MethodInfo m = method(PROGRAM, "p.Caller", "viaField");
        List<MethodInfo> found = PROGRAM.targets(m, Programs.call(m, "work"));
        assertEquals(1, found.size());
        assertEquals(2, found.get(0).facts().arity());
    }

    @Test
    void staticCall_targetsTheStaticMethod() {
        assertEquals(List.of("p.Other#helper"), targets(PROGRAM, method(PROGRAM, "p.Caller", "viaStatic"), "helper"));
    }

    @Test
    void callOnBaseType_includesOverridesInSubclasses() {
        assertEquals(List.of("p.Base#run", "p.Sub#run"), targets(PROGRAM, method(PROGRAM, "p.Caller", "viaBase"), "run"));
    }

    @Test
    void implicitCallInBaseClass_includesOverrides() {
        assertEquals(List.of("p.Base#run", "p.Sub#run"), targets(PROGRAM, method(PROGRAM, "p.Base", "template"), "run"));
    }

    @Test
    void superCall_targetsOnlyTheSuperclassMethod() {
        assertEquals(List.of("p.Base#run"), targets(PROGRAM, method(PROGRAM, "p.Sub", "run"), "run"));
    }

    @Test
    void callOnSubclassType_targetsTheOverride() {
        assertEquals(List.of("p.Sub#run"), targets(PROGRAM, method(PROGRAM, "p.Caller", "viaParam"), "run"));
    }

    @Test
    void inheritedFinalMethod_isFoundInTheSuperclass() {
        assertEquals(List.of("p.Base#sealedStep"),
                targets(PROGRAM, method(PROGRAM, "p.Sub", "callsSealed"), "sealedStep"));
    }

    @Test
    void callOnLibraryType_hasNoProgramTarget() {
        assertEquals(List.of(), targets(PROGRAM, method(PROGRAM, "p.Caller", "unknown"), "add"));
    }

    @Test
    void callGraph_recordsCallers() {
        MethodInfo local = method(PROGRAM, "p.Caller", "local");
        List<CallSite> callers = PROGRAM.callGraph().callersOf(local);
        assertEquals(1, callers.size());
        assertEquals("implicit", callers.get(0).caller().name());
    }

    @Test
    void newObject_targetsTheConstructorsOfTheCreatedType() {
        MethodInfo m = method(PROGRAM, "p.Caller", "constructor");
        var creation = m.facts().events().stream().filter(e -> e instanceof Event.NewObject)
                .map(e -> (Event.NewObject) e).findFirst().orElseThrow();
        // Other declares no constructor: nothing in the program runs.
        assertEquals(List.of(), PROGRAM.constructors(m, creation));
    }
}
