package dev.fearless.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.facts.Assertion;
import dev.fearless.facts.Event;
import dev.fearless.facts.Guard;
import dev.fearless.facts.Guard.TestKind;
import dev.fearless.facts.MethodFacts;
import dev.fearless.facts.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the conditions around an event imply: {@code x == null} in the then-branch, early returns. */
class GuardsTest {

    private static final Snippet SNIPPET = Snippet.of("""
            class G {
                private Object cache;
                private Object other;
                Object lazy() { if (cache == null) { cache = new Object(); } return cache; }
                Object nullOnLeft() { if (null == cache) { cache = new Object(); } return cache; }
                Object earlyReturn() { if (cache != null) return cache; cache = new Object(); return cache; }
                Object elseBranch() { if (cache != null) { other = cache; } else { cache = new Object(); } return cache; }
                Object conjunction() { if (cache == null && other == null) { cache = new Object(); } return cache; }
                Object unguarded() { cache = new Object(); return cache; }
                void asserted() { other = null; { assert cache != null; cache = other; } other = cache; }
                private boolean open;
                private int limit;
                Object comparedWithFalse() { if (open == false) return null; cache = new Object(); return cache; }
                Object notEqualToTrue() { if (open != true) { cache = new Object(); } return cache; }
                Object bounded(int i) { if (i > limit) throw new IllegalArgumentException(); cache = new Object(); return cache; }
                Object abovZero(int ms) { if (ms > 0) { cache = new Object(); } return cache; }
                Object zeroBelow(int ms) { if (0 < ms) { return cache; } cache = new Object(); return cache; }
                Object atLeastOne(long n) { if (n >= 1L) { cache = new Object(); } return cache; }
                Object notAbove(int ms) { if (ms <= 0) { cache = new Object(); } return cache; }
                Object otherBound(int ms) { if (ms > 10) { cache = new Object(); } return cache; }
            }
            """);

    private static final Value CACHE = new Value.PathValue(Snippet.thisField("cache"));

    /** The tests implied at the write of {@code cache} in {@code method}, walking up the guard chain. */
    private static List<Guard.Test> impliedAtWrite(String method) {
        MethodFacts m = SNIPPET.method(method);
        Event.FieldAccess write = Snippet.firstWrite(m, "cache");
        List<Guard.Test> tests = new java.util.ArrayList<>();
        for (int g = write.guard(); g >= 0; g = m.guards().get(g).parent()) {
            tests.addAll(m.guards().get(g).implied());
        }
        return tests;
    }

    @Test
    void thenBranchOfEqualsNull_impliesIsNull() {
        assertTrue(impliedAtWrite("lazy").contains(new Guard.Test(CACHE, TestKind.IS_NULL)));
    }

    @Test
    void nullOnTheLeft_impliesIsNullToo() {
        assertTrue(impliedAtWrite("nullOnLeft").contains(new Guard.Test(CACHE, TestKind.IS_NULL)));
    }

    @Test
    void statementsAfterNotNullReturn_areGuardedByIsNull() {
        assertTrue(impliedAtWrite("earlyReturn").contains(new Guard.Test(CACHE, TestKind.IS_NULL)));
    }

    @Test
    void elseBranchOfNotNull_impliesIsNull() {
        assertTrue(impliedAtWrite("elseBranch").contains(new Guard.Test(CACHE, TestKind.IS_NULL)));
    }

    @Test
    void conjunction_impliesBothTests() {
        List<Guard.Test> tests = impliedAtWrite("conjunction");
        assertTrue(tests.contains(new Guard.Test(CACHE, TestKind.IS_NULL)), tests::toString);
        assertTrue(tests.contains(new Guard.Test(new Value.PathValue(Snippet.thisField("other")), TestKind.IS_NULL)),
                tests::toString);
    }

    @Test
    void writeOutsideAnyCondition_hasNoGuard() {
        assertEquals(-1, Snippet.firstWrite(SNIPPET.method("unguarded"), "cache").guard());
    }

    @Test
    void assertion_statesItsConditionForTheRestOfItsBlockOnly_andGuardsNothing_andKnowsItsCheck() {
        MethodFacts m = SNIPPET.method("asserted");
        Event.FieldAccess write = Snippet.firstWrite(m, "cache");
        int at = m.events().indexOf(write);
        assertEquals(-1, write.guard());
        assertEquals(1, m.assertions().size());
        Assertion a = m.assertions().get(0);
        assertEquals(List.of(new Guard.Test(CACHE, TestKind.NOT_NULL)), a.implied());
        assertTrue(a.covers(at), a::toString);
        assertTrue(!a.covers(m.events().size() - 1), a::toString);
        assertTrue(!a.covers(0), a::toString);
        int check = -1;
        for (int i = 0; i < m.events().size() && check < 0; i++) {
            if (m.events().get(i) instanceof Event.FieldAccess fa && fa.kind() == Event.AccessKind.READ
                    && fa.path().equals(Snippet.thisField("cache"))) {
                check = i;
            }
        }
        assertTrue(a.checks(check), a::toString);
        assertTrue(!a.checks(at) && !a.covers(check), a::toString);
    }

    @Test
    void booleanComparedWithLiteral_meansTheBooleanOrItsNegation() {
        Value open = new Value.PathValue(Snippet.thisField("open"));
        List<Guard.Test> afterFalseReturn = impliedAtWrite("comparedWithFalse");
        assertTrue(afterFalseReturn.contains(new Guard.Test(open, TestKind.IS_TRUE)), afterFalseReturn::toString);
        List<Guard.Test> notTrue = impliedAtWrite("notEqualToTrue");
        assertTrue(notTrue.contains(new Guard.Test(open, TestKind.IS_FALSE)), notTrue::toString);
    }

    @Test
    void relationalCondition_recordsBothComparedValues() {
        List<Guard.Test> tests = impliedAtWrite("bounded");
        assertTrue(tests.contains(new Guard.Test(new Value.PathValue(Snippet.thisField("limit")), TestKind.COMPARED)),
                tests::toString);
        assertTrue(tests.stream().anyMatch(t -> t.kind() == TestKind.COMPARED
                && t.subject().pathOrNull() != null && t.subject().pathOrNull().rootName().equals("i")), tests::toString);
    }

    @Test
    void comparisonWithZero_saysWhetherTheValueIsAboveIt() {
        assertTrue(impliedAtWrite("abovZero").contains(new Guard.Test(param("ms"), TestKind.POSITIVE)));
        assertTrue(impliedAtWrite("zeroBelow").contains(new Guard.Test(param("ms"), TestKind.NOT_POSITIVE)));
        assertTrue(impliedAtWrite("atLeastOne").contains(new Guard.Test(param("n"), TestKind.POSITIVE)));
        assertTrue(impliedAtWrite("notAbove").contains(new Guard.Test(param("ms"), TestKind.NOT_POSITIVE)));
        List<Guard.Test> other = impliedAtWrite("otherBound");
        assertTrue(other.stream().noneMatch(t -> t.kind() == TestKind.POSITIVE || t.kind() == TestKind.NOT_POSITIVE),
                other::toString);
        assertTrue(other.contains(new Guard.Test(param("ms"), TestKind.COMPARED)), other::toString);
    }

    private static Value param(String name) {
        return new Value.PathValue(dev.fearless.facts.AccessPath.root(dev.fearless.facts.AccessPath.Root.PARAM, name));
    }

    @Test
    void thenBranchOfNotNull_impliesNotNull() {
        MethodFacts m = SNIPPET.method("elseBranch");
        Event.FieldAccess write = Snippet.firstWrite(m, "other");
        assertEquals(List.of(new Guard.Test(CACHE, TestKind.NOT_NULL)), m.guards().get(write.guard()).implied());
    }

    @Test
    void rightOperandOfAndOr_runsUnderTheLeftOnesOutcome() {
        Snippet s = Snippet.of("""
                class K {
                    private java.util.concurrent.CompletableFuture<String> f;
                    boolean ready() { return f.isDone() && f.join() != null; }
                    boolean missing() { return f == null || f.isCancelled(); }
                }
                """);
        MethodFacts ready = s.method("ready");
        Guard joined = ready.guards().get(Snippet.call(ready, "join").guard());
        assertTrue(joined.operand());
        assertEquals(TestKind.IS_TRUE, joined.implied().get(0).kind());
        MethodFacts missing = s.method("missing");
        Guard cancelled = missing.guards().get(Snippet.call(missing, "isCancelled").guard());
        assertEquals(TestKind.NOT_NULL, cancelled.implied().get(0).kind());
    }

    @Test
    void assertedDisjunction_statesItsCalls_butAGuardedDisjunctionStatesNothing() {
        Snippet s = Snippet.of("""
                class K {
                    private boolean registered;
                    private java.util.concurrent.Executor loop;
                    boolean onLoop() { return true; }
                    void asserted() { assert !registered || onLoop(); registered = true; }
                    void guarded() { if (!registered || onLoop()) { registered = true; } }
                }
                """);
        List<Guard.Test> stated = s.method("asserted").assertions().get(0).implied();
        assertEquals(1, stated.size(), stated::toString);
        assertEquals(TestKind.IS_TRUE, stated.get(0).kind());
        assertTrue(stated.get(0).subject() instanceof Value.CallResult, stated::toString);
        MethodFacts guarded = s.method("guarded");
        assertEquals(List.of(), guarded.guards().get(Snippet.firstWrite(guarded, "registered").guard()).implied());
    }
}
