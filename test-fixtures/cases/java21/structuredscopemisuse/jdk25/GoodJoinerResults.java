package java21.structuredscopemisuse.jdk25;

import java.util.List;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;

/** Forks one subtask per id, joins, and reads every result from the joined subtasks. */
public class GoodJoinerResults {

    List<String> names(List<String> ids) throws InterruptedException {
        try (var scope = StructuredTaskScope.open(Joiner.<String>awaitAllSuccessfulOrThrow())) {
            List<Subtask<String>> subtasks = ids.stream().map(id -> scope.fork(() -> "name of " + id)).toList();
            scope.join();
            return subtasks.stream().map(Subtask::get).toList();
        }
    }
}
