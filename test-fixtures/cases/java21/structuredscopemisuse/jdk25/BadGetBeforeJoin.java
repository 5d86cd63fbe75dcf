package java21.structuredscopemisuse.jdk25;

import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Subtask;

/** Reads the first subtask's result to decide on the second, before the scope is joined. */
public class BadGetBeforeJoin {

    record Order(String user, int items) {
    }

    Order load(String id) throws InterruptedException {
        try (var scope = StructuredTaskScope.open()) {
            Subtask<String> user = scope.fork(() -> "user-" + id); // related: StructuredScopeMisuse['the subtask is forked here']
            String name = user.get(); // expect: StructuredScopeMisuse['`user.get()` reads the outcome of `scope` before `scope.join()` is called'], StructuredScopeMisuse['IllegalStateException']
            Subtask<Integer> items = scope.fork(() -> name.length());
            scope.join();
            return new Order(name, items.get());
        }
    }
}
