package java21.structuredscopemisuse.jdk21;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Subtask;

/** JDK 21 to 24's scopes fork and join in rounds: a fork after a join is allowed, read after the next join. */
public class GoodForkAgainAfterJoin {

    String profile(String id) throws InterruptedException, ExecutionException {
        try (var scope = new StructuredTaskScope.ShutdownOnFailure()) {
            Subtask<String> name = scope.fork(() -> "name of " + id);
            scope.join().throwIfFailed();
            String first = name.get();
            Subtask<Integer> size = scope.fork(() -> first.length());
            scope.join();
            scope.throwIfFailed();
            return first + " (" + size.get() + ")";
        }
    }
}
