package java21.structuredscopemisuse.jdk21;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Subtask;

/** JDK 21 to 24: checks the scope for failures before joining it. */
public class BadThrowIfFailedBeforeJoin {

    String profile(String id) throws InterruptedException, ExecutionException {
        try (var scope = new StructuredTaskScope.ShutdownOnFailure()) {
            Subtask<String> name = scope.fork(() -> "name of " + id);
            scope.throwIfFailed(); // expect: StructuredScopeMisuse['`scope.throwIfFailed()` reads the outcome of `scope` before `scope.join()` is called']
            scope.join();
            return name.get();
        }
    }
}
