package java21.structuredscopemisuse.jdk25;

import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Subtask;

/** The documented order: fork every subtask, join once, then read the results, in try-with-resources. */
public class GoodForkJoinGet {

    record Order(String user, int items) {
    }

    Order load(String id) throws InterruptedException {
        try (var scope = StructuredTaskScope.open()) {
            Subtask<String> user = scope.fork(() -> "user-" + id);
            Subtask<Integer> items = scope.fork(() -> id.length());
            scope.join();
            return new Order(user.get(), items.get());
        }
    }
}
