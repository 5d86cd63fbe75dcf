package java21.structuredscopemisuse.jdk25;

import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Subtask;

/**
 * Opens a scope and hands it to a helper that forks and joins: the read after the call is in order, but
 * only the helper shows it, so the scope that leaves the method is not checked here.
 */
public class GoodScopeHandedToHelper {

    String greeting(String id) throws InterruptedException {
        try (var scope = StructuredTaskScope.<String>open()) {
            Subtask<String> name = forkAndJoin(scope, id);
            return "hello " + name.get();
        }
    }

    private static Subtask<String> forkAndJoin(StructuredTaskScope<String, Void> scope, String id)
            throws InterruptedException {
        Subtask<String> name = scope.fork(() -> "name of " + id);
        scope.join();
        return name;
    }
}
