package java21.structuredscopemisuse.jdk25;

import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Subtask;

/** Opens a scope outside try-with-resources and never closes it: a failed join leaves the subtasks running. */
public class BadScopeNeverClosed {

    int total(int a, int b) throws InterruptedException {
        StructuredTaskScope<Integer, Void> scope = StructuredTaskScope.open(); // expect: StructuredScopeMisuse['the StructuredTaskScope in `scope` is never closed'], StructuredScopeMisuse['try-with-resources']
        Subtask<Integer> left = scope.fork(() -> a * 2);
        Subtask<Integer> right = scope.fork(() -> b * 2);
        scope.join();
        return left.get() + right.get();
    }
}
