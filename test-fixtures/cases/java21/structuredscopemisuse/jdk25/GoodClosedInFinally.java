package java21.structuredscopemisuse.jdk25;

import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Subtask;

/** Closes the scope by hand in a finally block: as safe as try-with-resources. */
public class GoodClosedInFinally {

    int total(int a, int b) throws InterruptedException {
        StructuredTaskScope<Integer, Void> scope = StructuredTaskScope.open();
        try {
            Subtask<Integer> left = scope.fork(() -> a * 2);
            Subtask<Integer> right = scope.fork(() -> b * 2);
            scope.join();
            return left.get() + right.get();
        } finally {
            scope.close();
        }
    }
}
