package dev.fearless.program;

import static dev.fearless.program.Programs.method;
import static dev.fearless.program.Programs.targets;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
        var creation = m.facts().events().stream().filter(e -> e instanceof dev.fearless.facts.Event.NewObject)
                .map(e -> (dev.fearless.facts.Event.NewObject) e).findFirst().orElseThrow();
        // Other declares no constructor: nothing in the program runs.
        assertEquals(List.of(), PROGRAM.constructors(m, creation));
    }
}
