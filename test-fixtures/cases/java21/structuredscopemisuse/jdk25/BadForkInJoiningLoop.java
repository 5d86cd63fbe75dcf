package java21.structuredscopemisuse.jdk25;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Subtask;

/** Fetches pages in rounds with one scope from open(): the second round forks after the first join. */
public class BadForkInJoiningLoop {

    List<String> pages(int rounds) throws InterruptedException {
        List<String> result = new ArrayList<>();
        try (var scope = StructuredTaskScope.open()) {
            for (int round = 0; round < rounds; round++) {
                int page = round;
                Subtask<String> next = scope.fork(() -> "page " + page); // expect: StructuredScopeMisuse['in a loop that also joins `scope`'], StructuredScopeMisuse['open one scope per round']
                scope.join();
                result.add(next.get());
            }
        }
        return result;
    }
}
