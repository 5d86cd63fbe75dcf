package java21.structuredscopemisuse.jdk25;

import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Subtask;

/** Forks an audit subtask once the scope has been joined: a scope from open() joins once. */
public class BadForkAfterJoin {

    String report(String id) throws InterruptedException {
        try (var scope = StructuredTaskScope.open()) {
            Subtask<String> body = scope.fork(() -> "report " + id);
            scope.join(); // related: StructuredScopeMisuse['the scope is joined here']
            scope.fork(() -> audit(id)); // expect: StructuredScopeMisuse['`scope.fork()` after `scope` is joined'], StructuredScopeMisuse['joins once']
            return body.get();
        }
    }

    private static String audit(String id) {
        return "audited " + id;
    }
}
