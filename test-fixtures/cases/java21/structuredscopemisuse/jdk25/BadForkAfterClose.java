package java21.structuredscopemisuse.jdk25;

import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Subtask;

/** Closes the scope by hand, then forks a clean-up subtask on it. */
public class BadForkAfterClose {

    String fetch(String key) throws InterruptedException {
        var scope = StructuredTaskScope.open();
        try {
            Subtask<String> value = scope.fork(() -> "value of " + key);
            scope.join();
            return value.get();
        } finally {
            scope.close(); // related: StructuredScopeMisuse['the scope is closed here']
            scope.fork(() -> "evict " + key); // expect: StructuredScopeMisuse['`scope.fork()` after `scope` is closed'], StructuredScopeMisuse['a closed scope takes no new subtask']
        }
    }
}
