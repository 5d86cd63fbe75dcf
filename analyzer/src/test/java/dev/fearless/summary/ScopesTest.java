package dev.fearless.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.summary.Scopes.Kind;
import dev.fearless.summary.Scopes.Scope;
import dev.fearless.summary.Scopes.Use;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The StructuredTaskScopes a method opens and what it does with them ({@link Scopes}); parsed, not compiled. */
class ScopesTest {

    private final Analyzed a = Analyzed.of("""
            import java.util.concurrent.StructuredTaskScope;
            import java.util.concurrent.StructuredTaskScope.Subtask;
            class Loader {
                String ordered(String id) throws Exception {
                    try (var scope = StructuredTaskScope.open()) {
                        Subtask<String> user = scope.fork(() -> "u" + id);
                        scope.join();
                        return user.get();
                    }
                }
                String rounds(int n) throws Exception {
                    String last = "";
                    for (int i = 0; i < n; i++) {
                        try (var scope = StructuredTaskScope.open()) {
                            Subtask<String> next = scope.fork(() -> "p");
                            scope.join();
                            last = next.get();
                        }
                    }
                    return last;
                }
                void byHand() throws Exception {
                    var scope = new StructuredTaskScope.ShutdownOnFailure();
                    scope.fork(() -> 1);
                    helper(scope);
                }
                void helper(StructuredTaskScope<Object> scope) { }
            }
            """);

    private Scope only(String method) {
        List<Scope> scopes = Scopes.in(a.program(), a.method("Loader", method));
        assertEquals(1, scopes.size(), method);
        return scopes.get(0);
    }

    @Test
    void forkJoinRead_inOrder_withTheReadTracedToItsFork() {
        Scope s = only("ordered");
        assertTrue(s.resource());
        assertTrue(s.joinsOnce());
        assertFalse(s.escapes());
        assertEquals(List.of(Kind.FORK, Kind.JOIN, Kind.RESULT), s.uses().stream().map(Use::kind).toList());
        assertEquals(s.uses().get(0).order(), s.uses().get(2).fork());
    }

    @Test
    void aLoopAroundTheOpening_isNotARoundOfTheScope() {
        assertTrue(only("rounds").uses().stream().allMatch(u -> u.loops().isEmpty()));
    }

    @Test
    void aScopeFromItsConstructor_joinsInRounds_andEscapesWhenPassedOn() {
        Scope s = only("byHand");
        assertFalse(s.joinsOnce());
        assertFalse(s.resource());
        assertTrue(s.escapes());
    }
}
